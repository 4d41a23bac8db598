"""holdout121, part B: 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区, 个人文集 (two each).
Invented text (places, people, sites, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wechat-qinshe-guqin-yaji-notice-mirror",
        site="聚号阅读（公众号镜像） (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.juhaoread.example.com/a/qinshe/202509/u8vY21.html",
        title="关于举办第五届“松风”古琴雅集的通知",
        record_title="松风琴社｜关于举办第五届“松风”古琴雅集的通知",
        date="2025-09-02",
        notes="WeChat mirror: account line with date, original label, 'tap blue words to follow' above, 阅读原文/在看/留言 rows below; the notice's own 报名 contact and a 扫码报名 sentence kept; mirror disclaimer",
        page="""
!m 聚号阅读 › 文化艺术 › 松风琴社
!t 松风琴社｜关于举办第五届“松风”古琴雅集的通知
!m 原创　松风琴社　2025年9月2日 20:15　浙江
!a 点击上方蓝字“松风琴社”，一起听琴
{BODY}
!a 阅读原文
!l 赞 56　　在看 19　　分享
!l 写留言
!l 精选留言：弦外之音　去年的雅集太美了，今年一定来！
!d 本页内容由聚号阅读自动抓取自公开公众号，仅作索引展示，如需删除请联系 jh-help@juhaoread.example.com
""",
        body="""
各位琴友：
金秋时节，琴社定于2025年9月20日（周六）下午在莳川县溪山书院举办第五届“松风”古琴雅集，现将有关事项通知如下。
一、雅集内容
琴曲演奏、斫琴工艺展示、古琴与香道、茶道的交流体验。
二、参加人员
琴社会员及爱好古琴的各界朋友，限六十人，额满为止。
三、报名方式
请扫描文末二维码填写报名表，或致电琴社秘书处梁老师：13867025531。
四、注意事项
参加演奏的琴友请自带琴，并于9月15日前报送演奏曲目；请着素色衣服，保持安静。
松风琴社
2025年9月2日
""",
    ),
    dict(
        slug="wechat-loquat-picking-html-mirror",
        site="微文存档站 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://weiwencun.example.net/s/pipa-caizhai-2025",
        title="枇杷熟了！岵山镇五千亩白沙枇杷开园采摘",
        record_title=None,
        date="2025-05-10",
        notes="HTML WeChat-style mirror: no record title; account name, 原创 tag and date as the publish line; a QR-follow box and reward row; sentence about 扫码预约 kept; photo captions between paragraphs",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>微文存档站</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">⟦t 枇杷熟了！岵山镇五千亩白沙枇杷开园采摘⟧</h1>
<div class="meta_list">⟦m 原创⟧ ⟦m 岵山发布⟧ ⟦m 2025-05-10 18:02⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注“岵山发布”⟧</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="tool">⟦l 阅读 5302　赞 120　在看 37⟧</div>
</div>
<div class="mirror-foot">⟦d 微文存档站收录的文章版权归原公众号所有，本站不作任何修改。⟧<br>⟦l 上一篇存档：岵山镇召开防汛部署会⟧</div>
</body></html>
""",
        body="""
5月10日，岵山镇白沙枇杷开园仪式在后洋村枇杷基地举行，全镇五千亩枇杷进入集中采摘期。
⟦m ▲后洋村枇杷基地，果农正在采摘⟧
白沙枇杷果肉洁白、汁多味甜，是岵山镇的特色产业，今年预计产量一千五百吨，比去年增长一成。
为方便游客采摘，镇里开通了枇杷专线公交，并在各基地设置了停车场和休息点。
⟦m ▲游客在果园里品尝新鲜枇杷⟧
游客可通过扫码预约采摘时段，现场采摘价格为每斤十五元，果农还提供代发快递服务。
""",
    ),
    dict(
        slug="docshare-fenxiang-tomato-greenhouse-plan-wrap-markers",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.fenxiangba.example.com/doc/58830217.html",
        title="硐岭镇设施番茄绿色高效栽培技术推广方案",
        record_title="硐岭镇设施番茄绿色高效栽培技术推广方案（可编辑）",
        date="2025-02-20",
        notes="wrapped at 66 columns and cut by ⦑n⦒ markers between lines; decorated title（可编辑）; download coupons and uploader stamp; a 'related' box",
        wrap=66,
        pages=dict(fmt="⦑{n}⦒", every=200, start=2),
        page="""
!m 分享吧文档 ＞ 农业 ＞ 蔬菜种植
!t 硐岭镇设施番茄绿色高效栽培技术推广方案（可编辑）
!m 贡献者：菜篮子工程　发布于 2025-12-01　格式：DOC　页数：3
!a 下载需 3 积分　｜　加入书单　｜　分享给好友
{BODY}
!a 以上为预览内容，完整版请下载后查看
!l 相关文档　· 大棚黄瓜嫁接育苗技术要点　· 蔬菜水肥一体化方案
!d 分享吧文档是用户自主分享的文档平台，文档内容不代表本站观点。
""",
        body="""
为推动设施蔬菜产业提质增效，根据县农业农村局安排，结合我镇实际，制定本方案。
一、推广目标
在全镇推广设施番茄绿色高效栽培技术二千亩，示范区亩均化肥用量减少百分之十五，亩产提高百分之十。
二、主推技术
（一）嫁接育苗技术。选用抗病砧木，采用套管嫁接法，提高植株抗土传病害能力。
（二）水肥一体化技术。铺设滴灌带，按生育期分次追肥，做到少量多次。
（三）熊蜂授粉技术。每亩棚室放置一箱熊蜂，替代激素蘸花，提高坐果率和果实品质。
三、组织实施
镇农业综合服务中心负责技术培训和指导，每个示范村确定一名技术指导员，全程跟踪服务。
硐岭镇人民政府
2025年2月20日
""",
    ),
    dict(
        slug="docshare-dushu-hairy-crab-summary-html",
        site="读书文档共享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://share.dushudoc.example.cn/d/crab-2025-summary",
        title="埕湖镇2025年河蟹生态养殖工作总结",
        record_title="埕湖镇2025年河蟹生态养殖工作总结.pdf",
        date="2025-11-25",
        notes="HTML sharing reader: file-name title; a sidebar with uploader and similar docs; a 'continue reading' prompt between paragraphs; table of yields kept",
        page="""
<html><head><meta charset="utf-8"><title>埕湖镇2025年河蟹生态养殖工作总结.pdf - 读书文档共享</title></head><body>
<div class="head">⟦m 读书文档共享⟧ <input placeholder="搜索文档"> ⟦a 上传文档　会员中心⟧</div>
<div class="path">⟦m 首页 > 农林牧渔 > 水产养殖⟧</div>
<h1>⟦t 埕湖镇2025年河蟹生态养殖工作总结.pdf⟧</h1>
<div class="attr">⟦m 文档格式：PDF　文件大小：512K　阅读量：890　分享者：湖边人⟧</div>
<div class="page">
{BODY}
</div>
<div class="pay">⟦a 下载文档到电脑，查找使用更方便　5积分⟧</div>
<div class="side"><div>⟦l 该用户的其他文档⟧</div><div>⟦l 水产养殖尾水治理实施方案⟧</div><div>⟦l 稻渔综合种养技术规程⟧</div></div>
<div class="foot">⟦d 本站文档均来自网友分享，如有侵犯您的权益，请联系客服删除。⟧ ⟦w 客服邮箱：kf@dushudoc.example.cn⟧</div>
</body></html>
""",
        body="""
2025年，埕湖镇坚持生态优先、绿色发展，河蟹养殖面积稳定在三万六千亩，产量和效益实现双增长。
一、主要成效
指标　2025年　2024年
养殖面积（亩）　36000　35200
河蟹产量（吨）　2160　1980
亩均效益（元）　4100　3650
⟦a 点击展开剩余70%⟧
二、主要做法
一是推广种草养蟹，池塘水草覆盖率保持在百分之六十左右，减少饲料投喂和病害发生。
二是实施尾水达标排放，建成尾水净化区十二处，养殖尾水经三级沉淀后循环利用。
三是打造区域品牌，组织二十家合作社统一使用“埕湖清水蟹”标识，开展线上线下联合营销。
三、下一步打算
明年将重点推进蟹苗本地化繁育，力争自繁蟹苗满足全镇三成以上需求。
埕湖镇人民政府
2025年11月25日
""",
    ),
    dict(
        slug="edu-yaoyang-myopia-notice-html-bureau",
        site="镛原县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.yongyuan.example.gov.cn/tzgg/2025/0303/2291.shtml",
        title="关于做好2025年春季学期儿童青少年近视防控工作的通知",
        record_title=None,
        date="2025-03-03",
        notes="education bureau HTML: no record title (title only in <h3>); 发布日期 field and same 成文日期; 附件 list; the notice's own contact and e-mail beside the site's footer phone; 下载打印 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>镛原县教育体育局</title></head><body>
<div class="site">⟦m 镛原县教育体育局　Yongyuan Education & Sports Bureau⟧</div>
<div class="nav">⟦l 首页｜教育动态｜通知公告｜政策文件｜招生考试｜体育工作⟧</div>
<div class="pos">⟦m 首页 ＞＞ 通知公告⟧</div>
<h3>⟦t 关于做好2025年春季学期儿童青少年近视防控工作的通知⟧</h3>
<div class="info">⟦m 发布日期：2025年03月03日　发布科室：体卫艺股　点击数：1632⟧</div>
{BODY}
<div class="btn">⟦a [ 打印 ]　[ 关闭窗口 ]　[ 返回顶部 ]⟧</div>
<div class="foot">⟦m 版权所有：镛原县教育体育局　联系电话：0833-6120011⟧<br>⟦m 蜀ICP备13008772号⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
为切实降低我县儿童青少年近视率，现就做好本学期近视防控工作通知如下。
一、保障户外活动时间。各校要确保学生每天校内外户外活动不少于两小时，课间一律走出教室。
二、严控作业总量和电子产品使用。小学一二年级不布置书面家庭作业，教学使用电子产品时长原则上不超过教学总时长的百分之三十。
三、开展视力筛查。各校于4月底前完成全体学生视力筛查，建立屈光发育档案，筛查结果及时告知家长。
请各校将《近视防控告家长书》下载打印后发放给每位学生家长，并收回签字回执。
联系人：体卫艺股　唐婉，电话：0833-6120036，邮箱：tyw_yy@example.cn。
附件：1.近视防控告家长书
2.学生视力筛查结果汇总表
镛原县教育体育局
2025年3月3日
""",
    ),
    dict(
        slug="edu-xiangyang-pioneers-day-plan-text",
        site="崟城实验小学 (invented)",
        style="教育门户",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://www.ycsyxx.example.edu.cn/dyhd/2025/1010_66.html",
        title="崟城实验小学2025年少先队建队日主题活动方案",
        record_title="崟城实验小学2025年少先队建队日主题活动方案",
        date=None,
        notes="school site: no date anywhere in the document (the year only in the title); a visit counter and 'last updated' stamp; 时间/地点 schedule table kept",
        page="""
!m 崟城实验小学　|　德育天地
!l 学校首页 > 德育天地 > 少先队工作
{T}
!m 作者：大队部　　访问次数：517　　最后更新：5天前
{BODY}
!a 【推荐给朋友】【打印此文】
!l 上一条：关于开展“红领巾读书月”活动的通知
!l 下一条：一年级新生入队仪式掠影
!m 学校地址：崟城县文昌路66号　邮编：644600
""",
        body="""
为庆祝中国少年先锋队建队纪念日，增强队员的光荣感和使命感，结合学校实际，制定本方案。
一、活动主题
红领巾爱祖国，争做新时代好队员。
二、活动安排
内容　时间　地点
新队员入队仪式　10月13日上午　学校操场
中队主题队会　10月13日下午　各班教室
红领巾寻访活动　10月18日　社区及烈士纪念馆
三、工作要求
各中队辅导员要提前组织队员学习队章、练习呼号，确保入队仪式庄严有序。
活动结束后，各中队于10月20日前将活动照片和小结报大队部。
""",
    ),
    dict(
        slug="oa-kuangye-coal-mine-minutes-html-flow",
        site="岈溪矿业内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.yaxikuangye.example.local/doc/view.do?id=20251118004",
        title="岈溪矿业公司2025年第四季度安全生产例会纪要",
        record_title="岈溪矿业公司2025年第四季度安全生产例会纪要",
        date="2025-11-18",
        notes="intranet document view: 流转记录 and read counts, a watermark line between paragraphs; minutes' 时间/地点/主持/参会/记录 lines kept; 印发 line kept; 文号 neutral",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 岈溪矿业协同办公平台</title></head><body>
<div class="bar">⟦m 岈溪矿业协同办公平台⟧　⟦m 当前用户：调度室 覃波⟧　⟦a 退出⟧</div>
<div class="tabs">⟦l 待办(3)　已办　公文查看　通讯录⟧</div>
<h2>⟦t 岈溪矿业公司2025年第四季度安全生产例会纪要⟧</h2>
<p class="num">岈矿纪〔2025〕27号</p>
<div class="doc">
{BODY}
</div>
<div class="flow"><b>⟦m 流转记录⟧</b><br>⟦m 2025-11-19 08:40 办公室 李红 拟稿 → 2025-11-19 10:12 总经理 签发⟧</div>
<div class="read">⟦m 已阅 86 人　未阅 11 人⟧</div>
<div class="act">⟦a 下载正文　打印　转发　归档⟧</div>
<div class="foot">⟦d 内部资料　注意保密　严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年11月18日下午3时
地点：公司调度楼三楼会议室
主持：副总经理　钟海峰
参会：各科室负责人、各采区区长、安全员
记录：李红
会议通报了第四季度安全生产情况，研究部署了冬季安全生产工作，纪要如下。
一、十月份以来，公司共排查隐患一百零六条，已整改一百零二条，剩余四条正在落实。
⟦m 岈溪矿业 内部资料 覃波 2025-11-20⟧
二、会议要求，各采区要加强瓦斯抽采和监测，瓦斯浓度超限必须立即停止作业、撤出人员。
三、会议决定，十二月开展为期一个月的“冬季安全百日行动”，由安全科牵头制定方案。
岈溪矿业公司办公室　　2025年11月19日印发
""",
    ),
    dict(
        slug="oa-shuini-cement-dust-rules-text-export",
        site="钤湖水泥有限公司OA (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://oa.qianhucement.example.local/export/rule_0412.txt",
        title="钤湖水泥有限公司粉尘防治管理规定",
        record_title="钤湖水泥有限公司粉尘防治管理规定",
        date="2025-04-12",
        notes="OA export text: export header and approval trail; articles that speak of 打印/扫码 kept; an export stamp (no date) and the 发布 date in the text",
        page="""
!m ======== 钤湖水泥OA · 制度库导出 ========
!m 导出人：wangjie　导出时间：2025-12-02 17:44:09
{T}
!m 制度编号：QHSN-AQ-014　版本：V3.0
{BODY}
!m 审批记录：安环部 张立平（同意）→ 生产副总 周涛（同意）→ 总经理 吴长明（批准）
!d 本文件为受控文件，未经许可不得复制、外传
!m ======== 导出结束 ========
""",
        body="""
第一条　为加强公司粉尘防治工作，保护职工身体健康，根据有关法律法规，制定本规定。
第二条　本规定适用于公司石灰石破碎、生料制备、熟料煅烧、水泥粉磨及包装等全部生产环节。
第三条　各车间应确保除尘设施与生产设备同时运行，除尘设备停运的，相应生产设备必须停机。
第四条　进入粉尘作业区域的人员必须佩戴防尘口罩，安环部每月打印粉尘监测报表并在车间公示。
第五条　职工可扫描车间门口的二维码，随时查询本岗位粉尘浓度和防护要求。
第六条　违反本规定的，按公司安全生产奖惩办法处理。
第七条　本规定自2025年4月12日起施行。
""",
    ),
    dict(
        slug="qa-wenzhi-ginger-storage-answer-text",
        site="问知农技问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.wenzhinong.example.com/q/662103",
        title="生姜入窖后怎样防止烂姜？",
        record_title="生姜入窖后怎样防止烂姜？_问知农技问答",
        date="2025-11-03",
        notes="Q&A: question as title, answerer card with 回答于 date as the page's date; adopt and like counts; a 'more answers' box and an expert-consult prompt",
        page="""
!m 问知农技问答 · 种植 · 蔬菜
!t 生姜入窖后怎样防止烂姜？_问知农技问答
!m 提问者：菡城姜农小刘　　浏览 1,944 次
!l 我来回答　　关注问题
!m 最佳答案　|　锷溪县农技站 柯建国（高级农艺师）　回答于 2025-11-03
{BODY}
!l 👍 有用 86　　采纳率 92%
!l 其他 5 条回答 >
!w 种植问题没人问？专家一对一，加V：wz_nongji_01
!d 回答内容来自网友，仅供参考，具体请咨询当地农技部门。
""",
        body="""
烂姜主要有两个原因，一是入窖前姜块受伤或带病，二是窖内温湿度管理不当。
入窖前要挑选无病斑、无机械损伤的姜块，在田间预贮一到两天，让伤口愈合。
窖内温度应保持在十二至十五摄氏度，相对湿度保持在百分之九十左右，温度过高容易发芽，过低则会受冻。
入窖初期姜块呼吸旺盛，窖口不要封严，一般十五天后再逐步封窖。
贮藏期间每隔十天左右下窖检查一次，发现烂姜要及时清除，并在周围撒一层草木灰。
""",
    ),
    dict(
        slug="qa-zhihe-title-evaluation-report-html",
        site="知合问答 (invented)",
        style="问答社区",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.zhihewenda.example.cn/question/48807213/answer/9911",
        title="申报副高级职称个人述职报告",
        record_title="求一篇申报副高级职称的个人述职报告，急！！ - 知合问答",
        date=None,
        notes="HTML Q&A: the asker's question as the record title, the answer's own heading as the title; no date (回答 2天前 relative); 20××年 placeholders; vote bar and related questions",
        page="""
<html><head><meta charset="utf-8"><title>求一篇申报副高级职称的个人述职报告，急！！ - 知合问答</title></head><body>
<div class="topnav">⟦m 知合问答⟧ ⟦l 首页　发现　等你来答⟧ ⟦a 登录加入知合⟧</div>
<div class="q"><h1>求一篇申报副高级职称的个人述职报告，急！！</h1>
<p>⟦m 关注者 37　被浏览 12,480⟧</p></div>
<div class="answer">
<div class="author">⟦m 锦书笔记　人事工作者，常写材料⟧　⟦m 编辑于 2天前⟧</div>
<h2>⟦t 申报副高级职称个人述职报告⟧</h2>
{BODY}
<div class="vote">⟦l ▲ 赞同 215　▼　💬 18 条评论　分享　收藏　喜欢⟧</div>
</div>
<div class="side"><b>⟦l 相关问题⟧</b><p>⟦l 中级职称述职报告怎么写比较出彩？⟧</p><p>⟦l 评审答辩一般会问哪些问题？⟧</p></div>
<div class="ft">⟦d 回答仅代表答主个人观点，转载请联系作者获得授权⟧</div>
</body></html>
""",
        body="""
尊敬的各位评委：
我叫×××，20××年毕业于××大学××专业，现任××单位××科科长，20××年取得中级职称，现申报副高级职称，下面将任现职以来的情况报告如下。
一、思想政治方面。认真学习党的理论和方针政策，遵守职业道德，团结同事，服从组织安排。
二、专业技术方面。任现职以来，主持和参与完成××项目×项，在省级以上刊物发表论文×篇。
三、履行职责方面。带领科室同事完成各项业务工作，指导青年技术人员×名，其中×名已取得中级职称。
四、存在的不足。理论研究的深度还不够，今后将加强学习，不断提高专业水平。
以上述职，请各位评委审议。
""",
    ),
    dict(
        slug="anthology-piying-troupe-speech-oneline",
        site="老槐的皮影札记（个人文集） (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://laohuai-piying.example.com/wenji/juan2/23.html",
        title="在皮影剧团建团六十周年纪念会上的讲话",
        record_title="《老槐札记》卷二·第23篇｜在皮影剧团建团六十周年纪念会上的讲话",
        date="2025-04-26",
        notes="personal collection chapter page; the body all on one line (paragraphs by indent); date in Chinese numerals under the title; speaker line neutral; chapter nav",
        oneline=True,
        indent="　　",
        page="""
!m 老槐的皮影札记 · 文集目录 · 卷二
!t 《老槐札记》卷二·第23篇｜在皮影剧团建团六十周年纪念会上的讲话
原团长　槐守义
（二〇二五年四月二十六日）
{BODY}
!l ‹ 第22篇 一张驴皮的来历　|　目录　|　第24篇 教徒弟的三条规矩 ›
!d 文集文字为作者原创，引用请注明出处。
""",
        body="""
各位老伙计、各位领导、各位朋友：
六十年前的今天，我们剧团在屺原县供销社的仓库里成立，那时候只有七个人、一个箱子、三十几个影人。
这六十年，剧团走遍了全县两百多个村子，演出一万多场，老百姓叫我们“亮子底下的剧团”。
最难的时候，剧团只剩下我和两个徒弟，但我们一天也没有停过演出，因为这门手艺断了就接不上了。
如今剧团有了排练厅，有了年轻演员，还进了学校、上了网，我心里真是说不出的高兴。
我今年七十八了，唱不动了，但还能刻影人、教徒弟，只要大家需要，我就一直干下去。
""",
    ),
    dict(
        slug="anthology-shenguo-ginseng-essay-html-chapter",
        site="参园笔记（个人文集） (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://shenyuanbiji.example.cn/book/3/chapter/41",
        title="种参二十年的几点体会",
        record_title=None,
        date="2025-01-12",
        notes="HTML personal collection chapter: no record title; chapter heading repeated in the breadcrumb; the essay's own date at its end; font and theme controls; comment box",
        page="""
<html><head><meta charset="utf-8"><title>参园笔记 · 第四十一篇</title></head><body>
<div class="top">⟦m 参园笔记　一个参农的二十年⟧</div>
<div class="crumb">⟦m 文集 › 卷三 种参 › 种参二十年的几点体会⟧</div>
<div class="ctrl">⟦a 字号 A- A+　夜间模式　目录⟧</div>
<h1>⟦t 种参二十年的几点体会⟧</h1>
{BODY}
<div class="pager">⟦l 上一篇：林下参的采挖时节⟧ ⟦l 下一篇：给儿子的一封信⟧</div>
<div class="cmt"><p>⟦l 读者留言（4）⟧</p><p>⟦l 苓坪老李：写得实在，受教了。⟧</p></div>
<div class="foot">⟦d 本文集所有文章版权归作者所有，未经同意请勿转载⟧</div>
</body></html>
""",
        body="""
我是二〇〇五年开始在锟川林场脚下种人参的，到今年整整二十年了。
头一条体会是选地。人参忌连作，种过参的地至少要隔十年以上，我吃过亏，第二茬参几乎全烂了。
第二条体会是遮阴。人参喜阴怕晒，参棚的透光率要控制好，雨季还要及时排水，防止积水烂根。
第三条体会是不贪快。有人用激素催长，三年就卖，参的品质上不去，最后砸的是大家的牌子。
这些年，我带着村里十几户一起搞林下参，大家的日子都好起来了。
写于2025年1月12日
""",
    ),
]
