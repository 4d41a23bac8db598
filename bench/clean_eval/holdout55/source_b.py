"""holdout55, part B: 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区, 个人文集 — an
orienteering club, a cricket-keepers' club, a braille-book room, a cold-storage firm, a
customs-declaration Q&A, a retired projectionist. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wechat-dingxiang-initiative-mirror",
        site="公号文摘镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://wx.gzwzjx.example.com/s/Qk7nR2vX",
        title="文明参加定向越野活动倡议书",
        record_title="文明参加定向越野活动倡议书｜柘川定向运动俱乐部",
        date="2025-10-11",
        notes="mirror of an account post: account line with a time, 阅读原文/在看 row, follow prompt; signature date at the end; body speaks of 扫码打卡",
        page="""
!m 柘川定向运动俱乐部　2025-10-11 07:30　发表于浙江
!t 文明参加定向越野活动倡议书
!m 原创　山野地图君
{BODY}
!a 点击上方蓝字关注我们，第一时间获取赛事信息
!l 阅读原文　　在看 26　　赞 41
!d 以上内容镜像自公众号，著作权归原作者所有
""",
        body="""
全体定向越野爱好者：
金秋时节，正是走进山林的好时候。为让每一次定向活动都安全、文明、环保，俱乐部向大家发出如下倡议：
一、遵守规则。到达检查点后请用手机扫码打卡，不损坏、不挪动点标。
二、爱护山林。不踩踏农田，不采摘果木，垃圾随身带走。
三、注意安全。结伴而行，随身携带哨子和饮用水，遇到恶劣天气及时撤离。
柘川定向运动俱乐部
2025年10月11日
""",
    ),
    dict(
        slug="wechat-xishuai-notice-html-reader",
        site="微文阅览 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://reader.weiwen.example.cn/a/20250902/88712.html",
        title="关于举办第九届秋虫鸣唱品鉴会的通知",
        record_title=None,
        date="2025-09-02",
        notes="no record title; WeChat-reader template; 发布于 date; QR follow box and 'more from this account'",
        page="""
<!DOCTYPE html><html><head><title>关于举办第九届秋虫鸣唱品鉴会的通知 - 微文阅览</title></head><body>
<div class="bar">⟦m 微文阅览 · 好文章值得慢慢看⟧</div>
<h1>{T}</h1>
<div class="acc">⟦m 蛐蛐雅集　发布于 2025-09-02⟧</div>
<div class="rich">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注「蛐蛐雅集」⟧</div>
<div class="more"><h4>⟦l 该号其他文章⟧</h4><p>⟦l 秋虫喂养十问十答⟧</p><p>⟦l 老罐子的收藏与保养⟧</p></div>
<div class="foot">⟦d 微文阅览仅做聚合展示，内容版权归原公众号⟧</div></body></html>
""",
        body="""
各位虫友：
第九届秋虫鸣唱品鉴会定于9月20日在桤源古镇文化站举行，本届只比鸣唱，不设打斗项目。
参加品鉴的虫友请于9月15日前报名，每人限报两只。
请虫友自备罐具，现场禁止任何形式的赌博活动。
报名电话：13607458821（联系人：晏师傅）。
""",
    ),
    dict(
        slug="docshare-mangwen-report-angle-markers",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.gxwd.example.net/doc/71260045",
        title="关于全市盲文图书阅览服务情况的调研报告",
        record_title="关于全市盲文图书阅览服务情况的调研报告（可编辑）.docx",
        date=None,
        notes="file-name record title; page markers ⟪N⟫ glued; a year in the title only? no: upload stamp and views are not dates",
        pages=dict(fmt="⟪{n}⟫", every=100, start=2, glue=True),
        page="""
!m 共享文档站 › 调研报告 › 社会事业
!t 关于全市盲文图书阅览服务情况的调研报告（可编辑）.docx
!m 上传者：棠梨　上传于：2025-06-30　下载：37次
{BODY}
!a 下载本文档需消耗3积分　｜　收藏　｜　举报
!d 本站所有文档均由用户上传，仅供学习参考，如有侵权请联系删除。
""",
        body="""
为了解全市视障群众阅读需求和盲文图书阅览服务开展情况，市残联和市图书馆组成联合调研组，走访了五个区县图书馆和十二个社区。
调研显示，全市共有盲文图书八千六百余册、有声读物两万余种，但盲文图书更新慢，近三年新增不足一千册。
部分区县图书馆的盲人阅览室设在楼上，进出不便，使用率不高。
调研组建议，将盲人阅览室统一调整到一楼，并开展送书上门服务。
""",
    ),
    dict(
        slug="docshare-lengku-plan-html-reader",
        site="易阅文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yiyuewd.example.com/p-44018237.html",
        title="冷库氨制冷系统泄漏应急处置方案",
        record_title="冷库氨制冷系统泄漏应急处置方案.pdf",
        date="2025-05-15",
        notes="reader page with page markers as paragraphs; numbered and decimal headings; a data table; 成文日期",
        pages=dict(fmt="— 第{n}页 —", every=130, start=2),
        page="""
<html><head><title>冷库氨制冷系统泄漏应急处置方案.pdf-易阅文档</title></head><body>
<div class="hd">⟦m 易阅文档 · 海量文档在线读⟧ ⟦a 登录 注册 上传文档⟧</div>
<div class="crumb">⟦m 易阅文档 ＞ 安全管理 ＞ 应急预案⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 共3页　贡献者：冷链小周　阅读 1.2k⟧</div>
<div class="doc">
{BODY}
</div>
<div class="end">⟦a 还剩1页未读，继续阅读⟧</div>
<div class="btns">⟦a 下载PDF　转为Word　打印⟧</div>
<div class="side">⟦l 猜你喜欢：冷库安全管理制度　液氨储罐巡检记录表⟧</div>
<div class="ft">⟦d 易阅文档提醒：文档内容由用户上传，本站不承担版权责任⟧</div></body></html>
""",
        body="""
1 总则
1.1 为及时有效处置冷库氨制冷系统泄漏事故，保障员工生命安全，制定本方案。
1.2 本方案适用于公司一号、二号冷库机房及其管道系统。
2 应急组织
2.1 公司成立应急处置小组，由总经理任组长，设备部经理任副组长。
3 处置程序
3.1 发现泄漏后，值班人员立即关闭相关阀门，启动机房排风装置，并报告应急小组。
3.2 泄漏量较大时，立即疏散库区人员，拨打119和120。
4 应急物资
名称　数量　存放地点
正压式空气呼吸器　4套　机房门口
防化服　6套　应急物资柜
榴溪鲜达冷链物流有限公司
2025年5月15日
""",
    ),
    dict(
        slug="edu-mangxiao-notice-html-portal",
        site="榆湾市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yuwan.example.gov.cn/tzgg/202509/t20250904_2210.html",
        title="关于开展特殊教育学校手语和盲文教学评比的通知",
        date="2025-09-04",
        record_date="2025-09-04",
        notes="education portal; contact line kept next to the site hotline; 附件; 发布日期 byline",
        page="""
<html><head><title>关于开展特殊教育学校手语和盲文教学评比的通知</title></head><body>
<div class="top">⟦m 榆湾教育网⟧ ⟦m 今天是：星期四⟧</div>
<div class="menu">⟦m 首页 | 教育新闻 | 通知公告 | 政策法规 | 办事指南⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布日期：2025-09-04　作者：特教科　浏览次数：402⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fn">⟦a 【打印此页】【关闭窗口】⟧</div>
<div class="bottom">⟦m 榆湾市教育局 版权所有　值班电话：0779-2020111⟧</div></body></html>
""",
        body="""
各县区教育局，市特殊教育学校：
为提高特殊教育教师手语和盲文教学水平，市教育局决定举办2025年特殊教育学校手语和盲文教学评比。
一、评比分手语教学和盲文教学两个组别，每校每组推荐一至二名教师参加。
二、请于9月25日前将报名表报送市教育局特教科。
联系人：覃蓓，联系电话：0779-2031567，邮箱：tejiao@yuwan-edu.example.cn
附件：教学评比报名表
榆湾市教育局
2025年9月4日
""",
    ),
    dict(
        slug="edu-dianjing-letter-text-parents",
        site="棠浦县第二中学 (invented)",
        style="教育门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.tpez.example.edu.cn/jxgl/2025/1015/391.html",
        title="致全体家长的一封信——关于引导学生合理使用电竞设备",
        record_title="致全体家长的一封信——关于引导学生合理使用电竞设备_棠浦二中",
        date="2025-10-15",
        notes="school site; 回执 section kept; date in the document; chrome glued after a sentence",
        page="""
!m 棠浦县第二中学　勤学　自强　求真
!m 位置：学校首页 - 家校共育
{T}
!m 作者：政教处　点击：865
{BODY}
!l 【上一条】秋季运动会秩序册
!l 【下一条】关于国庆假期安全的提醒
""",
        body="""
尊敬的家长：
近期，部分学生在家长时间玩电竞游戏，影响了学习和休息。⟦a 【字体：大 中 小】⟧
学校提醒各位家长，与孩子约定每日游戏时间，周一至周四尽量不玩。
如发现孩子沉迷游戏，请及时与班主任联系。
棠浦县第二中学
2025年10月15日
回执：我已阅读此信，将配合学校做好孩子的教育引导。
学生姓名：＿＿＿＿　家长签名：＿＿＿＿
""",
    ),
    dict(
        slug="oa-lengku-minutes-approval",
        site="鲜达冷链内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.xianda.example.local/doc/view?id=20251107",
        title="冷库节能改造专题会议纪要",
        record_title="冷库节能改造专题会议纪要",
        date="2025-11-07",
        record_date="2025-11-07",
        notes="OA export with 流转 trail and read counts; minutes' 时间/地点/主持 lines kept",
        page="""
!m 鲜达冷链协同办公平台
!m 公文管理 ＞ 会议纪要 ＞ 查看
{T}
!m 拟稿：设备部 陆青　审核：周启东　签发：范国梁
{BODY}
!m 流转记录：设备部→综合办→总经理室（已阅）
!m 已读 27 人　未读 3 人
!a 导出　打印　转发
""",
        body="""
时间：2025年11月7日上午9:00
地点：公司三楼会议室
主持：范国梁
参会：设备部、财务部、仓储部负责人
会议研究了一号冷库节能改造事项，形成以下意见：
一、同意更换一号冷库压缩机组，采用变频控制。
二、由财务部在下月初落实改造资金。
三、改造期间由仓储部做好货物转移。
""",
    ),
    dict(
        slug="oa-nongji-report-html-docview",
        site="芷岭农机集团OA (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://10.8.2.15/oa/doc/show.aspx?docid=77031",
        title="2025年度售后服务部经理述职报告",
        record_title="2025年度售后服务部经理述职报告.docx",
        date="2026-01-09",
        notes="intranet doc view with approval trail; file-name record title; document date",
        page="""
<html><head><title>文档查看 - 芷岭农机集团协同办公</title></head><body>
<div class="hd">⟦m 芷岭农机集团协同办公系统　当前用户：hr_wang⟧ ⟦a 退出⟧</div>
<div class="path">⟦m 个人文档 ＞ 述职材料 ＞ 查看⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 密级：内部　创建时间：2026-01-10 08:02　阅读次数：14⟧</div>
<div class="body">
{BODY}
</div>
<div class="flow">⟦m 审批记录：人力资源部 已阅 2026-01-11⟧</div>
<div class="ops">⟦a 下载正文　打印　返回⟧</div>
<div class="ft">⟦d 本系统仅限集团内部使用，严禁外传⟧</div></body></html>
""",
        body="""
一年来，我带领售后服务部紧紧围绕“快修快服”的目标开展工作。
全年完成收割机、插秧机上门维修四千二百台次，用户满意率达到百分之九十六。
在三夏、三秋期间，组建流动服务队十二支，驻点服务四十五天。
不足之处是配件供应还不够及时，偏远乡镇的服务响应时间偏长。
明年，我将推动在各县设立配件前置仓，把响应时间缩短到二十四小时以内。
述职人：邝志远
2026年1月9日
""",
    ),
    dict(
        slug="qa-baoguan-answer-signed",
        site="问知社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenzhi.example.com/question/558031/answer/1120",
        title="报关企业变更法定代表人需要办理哪些手续？",
        record_title="报关企业变更法定代表人需要办理哪些手续？ - 问知社区",
        date=None,
        notes="Q&A: relative time 2小时前 is no date; vote bar; a numbered list kept; answer's own 下载 sentence kept",
        page="""
!m 问知社区 - 有问题，就有人答
!t 报关企业变更法定代表人需要办理哪些手续？
!m 关注者 12　被浏览 3,408
!m 外贸老陈　报关从业十五年　2小时前 回答
{BODY}
!l 赞同 88　｜　反对　｜　评论 6　｜　收藏　｜　分享
!l 查看全部 9 个回答
!d 内容仅代表作者观点，不构成专业意见
""",
        body="""
变更法定代表人，主要分三步走：
1. 先到市场监管部门办理营业执照变更，拿到新的营业执照。
2. 再登录“单一窗口”提交报关单位信息变更申请，上传新执照和新法人身份证件。
3. 海关审核通过后，别忘了重新下载并打印新的备案回执，交给财务存档。
一般来说，材料齐全的话三个工作日就能办完。
""",
    ),
    dict(
        slug="qa-wenquan-question-html",
        site="百事通问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://ask.bstong.example.net/q/2207719.html",
        title="温泉度假村员工安全培训讲话稿怎么写？",
        record_title=None,
        date="2025-11-03",
        notes="no record title; question as the title; 回答于 is the page date; the answer's sample outline kept; other answers list",
        page="""
<html><head><title>温泉度假村员工安全培训讲话稿怎么写？_百事通问答</title></head><body>
<div class="nav">⟦m 百事通问答　首页　分类　我要提问⟧</div>
<h1>{T}</h1>
<div class="ask">⟦m 提问者：匿名用户　悬赏 20 积分⟧</div>
<div class="best">⟦m 最佳答案⟧</div>
<div class="ans">⟦m 答主：桂花糕不甜　回答于 2025-11-03⟧
{BODY}
</div>
<div class="vote">⟦l 有用(46)　没用(2)⟧ ⟦a 分享到朋友圈⟧</div>
<div class="others">⟦l 其他回答（3）⟧</div>
<div class="relq">⟦l 相关问题：酒店消防培训讲话稿｜泳池救生员培训总结⟧</div>
<div class="ft">⟦m ©2025 百事通问答　京ICP证080719号⟧</div></body></html>
""",
        body="""
这类讲话稿一般写三块内容，供参考：
第一，讲清楚为什么要培训。温泉区湿滑、水温高，游客里老人孩子多，安全风险比一般酒店大。
第二，讲清楚重点岗位要做什么。救生员每小时巡池一次，前台提醒有心脑血管疾病的客人不要久泡。
第三，提出要求。培训后要考核，不合格的不能上岗。
开头称呼写“各位同事”，结尾写“谢谢大家”就可以了。
""",
    ),
    dict(
        slug="anthology-fangying-essay-volume",
        site="老放映员文存 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://fangying.example.org/wencun/juan2/14.html",
        title="三十年农村电影放映的一点感悟",
        record_title="《老放映员文存》卷二·第14篇｜三十年农村电影放映的一点感悟",
        date="2024-12-01",
        notes="collection chapter nav; date at the end in Chinese numerals; prev/next chapter links",
        page="""
!m 《老放映员文存》　作者：祁守仁
!l 目录　｜　上一篇：夜路　｜　下一篇：换胶片的手艺
{T}
{BODY}
!l 上一篇：夜路
!l 下一篇：换胶片的手艺
!m 本卷共28篇　已读14篇
""",
        body="""
我从一九九四年开始在乡下放电影，到今年整整三十年了。
那时候一台放映机、一块白布、一台发电机，装在拖拉机上就出发，一个月要跑二十多个村。
后来有了数字放映设备，片子从网上下载，机器也轻便多了，可乡亲们看电影的热情一点没少。
我常想，放电影不光是放片子，也是把外面的世界带进村子。
二〇二四年十二月一日于柘川
""",
    ),
    dict(
        slug="anthology-zhuangzhen-html-chapter",
        site="楮纸斋文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://chuzhizhai.example.com/ji/03/07.html",
        title="在古籍修复技艺传习班结业式上的讲话",
        record_title="楮纸斋文集·卷三 - 在古籍修复技艺传习班结业式上的讲话",
        date="2025-06-28",
        notes="collection chapter page with TOC sidebar; speaker line and date under the title neutral/date",
        page="""
<html><head><title>楮纸斋文集·卷三 - 在古籍修复技艺传习班结业式上的讲话</title></head><body>
<div class="hd">⟦m 楮纸斋文集　一位修书匠的笔记⟧</div>
<div class="toc">⟦l 卷三目录：01 裱糊 02 配纸 03 染色 … 07 结业讲话⟧</div>
<h1>{T}</h1>
<p class="spk">传习班导师　骆成章</p>
<p class="dt">（2025年6月28日）</p>
{BODY}
<div class="pn">⟦l ← 卷三·06 配纸的学问⟧ ⟦l 卷三·08 给徒弟的信 →⟧</div>
<div class="ft">⟦d 文集内容为作者原创，未经许可请勿转载⟧</div></body></html>
""",
        body="""
各位学员：
三个月的传习班今天结业了。大家从揭页、补洞学起，已经能独立修复一册破损的线装书。
修书这门手艺，急不得。一张补纸，要配色、要顺纹，差一点都不行。
希望大家回到各自单位后，多动手、多琢磨，把这门手艺传下去。
""",
    ),
]
