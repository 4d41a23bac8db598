"""holdout117, part B: a blog, WeChat mirrors, document-sharing readers, education portals,
intranets and Q&A pages on AEDs, nursing rooms, footbridges, slow mail and lost children. Invented."""

CASES = [
    dict(
        slug="blog-qiaomu-aed-tagcloud-html",
        site="乔木的急救笔记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://qiaomu-jj.example.blog/2025/06/aed-in-gym.html",
        title="健身房里那台AED，终于有人会用了",
        record_title="健身房里那台AED，终于有人会用了 | 乔木的急救笔记",
        date="2025-06-08",
        notes="blog with tag cloud and archive; bracketed post time; comment box; subscribe button",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>健身房里那台AED，终于有人会用了 | 乔木的急救笔记</title></head><body>
<header><h2>⟦m 乔木的急救笔记⟧</h2><p>⟦m 一个急诊护士的业余记录⟧</p></header>
<main><article>
<h1>{T}</h1>
<p class="date">⟦m 〔2025年06月08日 22:31〕⟧</p>
{BODY}
<p class="tags">⟦l 标签：AED，心肺复苏，健身房⟧</p>
</article>
<section class="cmt"><h4>⟦l 留言（4）⟧</h4><p>⟦l 写下你的看法……　提交⟧</p></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 急诊 夜班 AED 海姆立克 科普 读书⟧</p><h4>⟦l 归档⟧</h4><p>⟦l 2025年6月 (2)⟧</p><p>⟦l 2025年5月 (5)⟧</p>
<p>⟦a RSS订阅本站⟧</p></aside>
<footer>⟦d 本博客文字为原创，转载请邮件联系作者。⟧</footer>
</body></html>
""",
        body="""
去年小区楼下的健身房装了一台AED，挂在前台边上，黄色的箱子很醒目，可问了一圈，没有一个教练知道怎么打开。
上个月我利用休息日，给健身房的八位教练和前台上了两次课，从判断意识、呼救、按压讲到AED的使用。
昨天前台的小姑娘给我发消息，说会员里有位大叔跑步机上突然晕倒，教练一边按压一边让她取来AED，救护车到之前已经恢复了自主心跳。
看完消息我在值班室坐了很久。设备只是开始，会用的人才是关键。
""",
    ),
    dict(
        slug="wechat-xiaoyu-nursing-room-mirror",
        site="妇联小语 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wx.mirror.example.net/s/xyfl-20250308",
        title="让每一位妈妈都有一间“爱心小屋”",
        record_title="倡议｜让每一位妈妈都有一间“爱心小屋”",
        date="2025-03-06",
        date_also=["2025-03-08"],
        notes="WeChat mirror: account line with date, follow prompt, 阅读原文/在看 bar; signature date differs from account date",
        page="""
{T}
!m 原创　枳州妇联　枳州女性之家　2025-03-08 07:30　发表于湖南
!a 点击上方蓝字，关注我们
{BODY}
!l 阅读原文　　在看 118　　赞 260
!a 长按识别二维码，关注“枳州女性之家”
!m 镜像收录于 wxmirror 号内搜
""",
        body="""
在“三八”国际妇女节到来之际，枳州市妇联向全市机关、企事业单位和公共场所管理单位发出倡议：
一、有条件的单位在办公区域设置母婴室，为哺乳期女职工提供私密、卫生的哺乳环境。
二、商场、车站、景区等公共场所按标准配齐母婴设施，并在显著位置设置指引标识。
三、各级妇联组织主动上门服务，帮助有需要的单位规划选址、配置设备。
欢迎大家扫描文末二维码，上传身边的母婴室位置，共同绘制枳州“爱心地图”。
枳州市妇女联合会
2025年3月6日
""",
    ),
    dict(
        slug="wechat-tongxin-lostchild-speech-html",
        site="童心守护 公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://mp.mirror-reader.example.com/a/tongxin/11873",
        title="在“防走失·安全伴我行”主题活动启动仪式上的讲话",
        record_title="在“防走失·安全伴我行”主题活动启动仪式上的讲话",
        date="2025-06-01",
        date_also=["2025-06-02"],
        notes="WeChat-style mirror page; speaker line and date under the title neutral; 在看/点赞 bar; a reward button",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在“防走失·安全伴我行”主题活动启动仪式上的讲话</title></head><body>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 童心守护　2025年6月2日 08:00⟧</div>
<p>苕原县公安局副局长　叶昭明</p>
<p>（2025年6月1日）</p>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦a 喜欢作者 赞赏⟧</p>
<p>⟦l 分享　收藏　点赞 86　在看 41⟧</p>
<p>⟦l 留言区：写留言⟧</p>
</div>
<div class="mirror-foot">⟦d 本页为公开文章镜像，版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
小朋友们、家长们、同志们：
今天是六一儿童节，我们在这里启动“防走失·安全伴我行”主题活动，就是要把孩子的安全放在心上、落到实处。
去年以来，全县公安机关共接报儿童走失警情47起，全部在短时间内找回，但每一起背后都是家长揪心的等待。
希望家长们记住三件事：出门给孩子拍一张当天的照片，教孩子记住一个家长的电话，约定走散后在原地等候。
也请全社会都来做“守护者”，发现独自哭泣的孩子，请陪在身边并及时拨打110。
谢谢大家！
""",
    ),
    dict(
        slug="docshare-yunjuan-footbridge-minutes-text",
        site="云卷文档 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.yunjuandoc.example.com/d/a93c0f1e.html",
        title="文昌路天桥电梯加装项目协调会会议纪要",
        record_title="文昌路天桥电梯加装项目协调会会议纪要（word可编辑）",
        date="2025-01-14",
        notes="minutes' 时间/地点/主持/参会/记录 lines kept; upload notice; download buttons; upload stamp not the date",
        page="""
!m 云卷文档 · 分享有价值的文档
!m 上传者：xiao***88　上传时间：2025-02-27　格式：DOCX　页数：2
{T}
{BODY}
!a 下载文档　　复制全文　　举报
!d 文档内容由用户上传发布，仅代表上传者观点，云卷文档不承担任何责任。
!l 热门文档：城市更新项目推进会纪要　老旧小区加装电梯协议书
""",
        body="""
时间：2025年1月14日上午9时
地点：区城市管理局三楼会议室
主持：区城市管理局副局长 欧阳楠
参会：区住建局、区交警大队、区供电公司、文昌街道、设计单位、施工单位相关负责人
记录：林可心
会议听取了设计单位关于电梯基础与地下管线避让方案的汇报，经讨论，形成如下意见：
一、区供电公司于1月25日前完成电缆迁改，迁改费用纳入项目预算。
二、区交警大队配合制定施工期间交通组织方案，夜间吊装时段为22时至次日5时。
三、文昌街道负责做好周边商户和居民的解释工作。
""",
    ),
    dict(
        slug="docshare-fenxiang-slowmail-rules-html",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://doc.fenxiang8.example.cn/read/7731209",
        title="慢递信件寄存与投递管理办法",
        record_title="慢递信件寄存与投递管理办法.pdf",
        date=None,
        notes="file-name title; rules whose articles speak of 扫码/打印 kept; reader toolbar; no date (upload stamp only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>慢递信件寄存与投递管理办法.pdf - 分享吧文档</title></head><body>
<div class="bar">⟦m 分享吧文档⟧ <input placeholder="搜文档"> <a>⟦a 上传赚积分⟧</a></div>
<div class="docinfo">⟦m 慢递信件寄存与投递管理办法.pdf　｜　上传于 2025-05-11　｜　浏览 927⟧</div>
<div class="tools">⟦a 全屏阅读 ⊕放大 ⊖缩小⟧</div>
<div class="page">
<h3>{T}</h3>
{BODY}
</div>
<div class="end">⟦a 阅读完毕，下载源文件需 2 积分⟧</div>
<div class="rec">⟦l 猜你喜欢：邮政营业窗口服务规范.pdf　集邮业务管理规定.doc⟧</div>
<footer>⟦d 如发现侵权内容，请通过“举报”功能告知，我们将在24小时内处理⟧</footer>
</body></html>
""",
        body="""
第一条　为规范慢递信件的寄存和投递，保障寄件人权益，制定本办法。
第二条　寄件人应在营业窗口填写寄存单，选定投递年份，工作人员扫码生成寄存编号，并打印回执交寄件人留存。
第三条　慢递信件实行专柜存放、双人管理，每季度盘点一次。
第四条　投递前一个月，营业网点应按寄存单电话核实收件地址；地址变更的，按寄件人或收件人确认的新地址投递。
第五条　本办法自印发之日起施行。
""",
    ),
    dict(
        slug="edu-zhechuan-cpr-campus-notice-html",
        site="柘川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhechuan.example.gov.cn/tzgg/20250903/1552.html",
        title="关于在中小学开展心肺复苏进校园活动的通知",
        record_title="关于在中小学开展心肺复苏进校园活动的通知-柘川县教育体育局",
        date="2025-09-03",
        notes="education portal; school schedule table; the bureau's 联系人/电话 and e-mail beside the site's technical line; 附件",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于在中小学开展心肺复苏进校园活动的通知-柘川县教育体育局</title></head><body>
<div class="logo">⟦m 柘川县教育体育局⟧</div>
<ul class="menu"><li>⟦m 机构概况⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="loc">⟦m 您的位置：首页 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 作者：体卫艺股　发布日期：2025-09-03　点击：412⟧</p>
{BODY}
<div class="prev">⟦l 【上一篇】2025年秋季学期学生资助工作安排⟧</div>
<div class="next">⟦l 【下一篇】关于组织参加全县中小学生田径运动会的通知⟧</div>
<footer>⟦m 地址：柘川县学府路8号⟧ ⟦m 网站技术支持：0743-6102288⟧ ⟦m 湘ICP备17002214号⟧</footer>
</body></html>
""",
        body="""
各中小学校：
为普及急救知识，提高师生自救互救能力，县教育体育局联合县红十字会在全县中小学开展心肺复苏进校园活动。现将有关事项通知如下。
一、活动安排
学段　内容　课时
小学高年级　呼救与识别　1课时
初中　心肺复苏操作　2课时
高中　心肺复苏与AED使用　2课时
二、工作要求
各校要将急救教育纳入体育与健康课程，每学期至少组织一次全员演练。已配置AED的学校，要确保设备处于可用状态。
联系人：杨晴川，电话：0743-6102315，邮箱：tyyg_zc@example.cn。
附件：心肺复苏进校园活动报名表
柘川县教育体育局
2025年9月3日
""",
    ),
    dict(
        slug="edu-laishan-lostchild-kindergarten-letter",
        site="蓠山实验幼儿园 (invented)",
        style="教育门户",
        genre="致家长的一封信",
        kind="letter",
        form="text",
        source="http://www.lsyey.example.cn/jxhd/2025/0710/318.html",
        title="暑期防走失安全致家长的一封信",
        record_title="【家园共育】暑期防走失安全致家长的一封信",
        date="2025-07-10",
        notes="kindergarten letter with a 回执 slip kept; numbered list; page chrome",
        page="""
!m 蓠山实验幼儿园
!m 首页 ＞ 家园共育 ＞ 安全教育
{T}
!m 时间：2025-07-10　　点击数：688
{BODY}
!a 【打印此文】　【返回顶部】
!m Copyright 2025 蓠山实验幼儿园　地址：蓠山县梧桐路15号
""",
        body="""
亲爱的家长朋友们：
暑假即将来临，外出游玩的机会增多，商场、车站、景区人流密集，孩子走失的风险随之增加。为此，请您做好以下几点：
1.外出时始终让孩子在您的视线范围内，不把孩子交给陌生人照看。
2.教孩子记住爸爸或妈妈的手机号码，以及家庭住址。
3.和孩子约定：走散后留在原地，向穿制服的工作人员或带孩子的妈妈求助。
请您认真阅读后，填写下方回执，开学时交给班级老师。
回执：我已阅读《暑期防走失安全致家长的一封信》，将切实履行监护责任。幼儿姓名：______　家长签名：______
蓠山实验幼儿园
2025年7月10日
""",
    ),
    dict(
        slug="oa-hengyuan-nursing-room-request-html",
        site="衡远集团协同办公平台 (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="html",
        source="http://oa.hengyuan-group.example.local/doc/view?id=2025-0419",
        title="关于在集团总部设立职工母婴室的请示",
        record_title="内网公文-关于在集团总部设立职工母婴室的请示",
        date="2025-04-18",
        notes="intranet document view: 流转记录 and read counts; budget table; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内网公文-关于在集团总部设立职工母婴室的请示</title></head><body>
<div class="oa-top">⟦m 衡远集团协同办公平台⟧ ⟦m 当前用户：何青禾（工会办公室）⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-tabs">⟦m 待办(3)　已办　公文管理　知识库⟧</div>
<div class="doc-head">衡远工会〔2025〕6号</div>
<h2>{T}</h2>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-04-18 10:02　工会办公室 拟稿⟧</p>
<p>⟦m 2025-04-19 15:40　行政部 已阅⟧</p></div>
<div class="readcount">⟦m 已读 27 人 / 未读 4 人⟧</div>
<div class="oa-foot">⟦d 内部资料，严禁外传、截屏⟧</div>
</body></html>
""",
        body="""
集团领导：
总部现有在职女职工186人，其中哺乳期职工14人。由于办公楼未设置专门的哺乳场所，哺乳期职工只能在储藏室或车内吸奶，很不方便。
为落实女职工劳动保护有关规定，工会拟将办公楼三楼东侧闲置会议室改造为母婴室，所需经费如下：
项目　金额（元）
隔断及装修　18000
冰箱、哺乳椅等设备　9600
合计　27600
妥否，请批示。
集团工会
2025年4月18日
""",
    ),
    dict(
        slug="oa-lianhe-aed-maintenance-report-text",
        site="联禾物业内部通 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://intra.lianhewy.example.local/notice/5521",
        title="关于各项目AED设备季度巡检情况的报告",
        record_title="关于各项目AED设备季度巡检情况的报告",
        date="2025-07-02",
        notes="intranet text with login line, watermark notice and read count; inspection table; 抄送",
        page="""
!m 联禾物业内部通 ▏公告通知
!m 登录账号：qa_zhang　部门：品质管理部
{T}
!m 发布人：品质管理部　阅读 96
{BODY}
!d 【内部资料 水印：qa_zhang 2025-07-03】
!l 返回列表　|　上一条：夏季防汛物资检查通报
""",
        body="""
公司领导：
按照设施设备管理要求，品质管理部于6月下旬对在管8个项目配置的AED开展季度巡检，现将情况报告如下。
项目　设备数　问题
锦绣苑　2台　无
滨江公馆　3台　1台电极片临近有效期
东湖商务中心　2台　1台指示灯异常，已报厂家维修
巡检中还发现，部分项目新入职的秩序维护员尚未参加急救培训。品质管理部建议本季度内组织一次集中培训。
品质管理部
2025年7月2日
抄送：各项目服务中心
""",
    ),
    dict(
        slug="qa-wenhe-footbridge-elevator-answer",
        site="问禾知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.wenhe.example.com/question/661203.html",
        title="天桥电梯坏了好几天没人修，应该找哪个部门反映？",
        record_title=None,
        date="2025-08-15",
        notes="no record title: the question as title; 回答于 byline; best-answer badge; vote bar; relative time in another answer not a date",
        page="""
!m 问禾知道 > 生活 > 城市服务
{T}
!m 提问者：匿名网友　浏览 3140 次
!m 最佳答案　热心市民阿Ken　回答于 2025-08-15
{BODY}
!l 👍 有用 214　👎 没用 3　　评论
!l 其他回答（2）　路人甲：打12345，2天前
!l 相关问题：地下通道积水找谁管？
!d 本回答由网友提供，仅供参考。
""",
        body="""
人行天桥的电梯一般由市政设施管理部门或者建设单位委托的维保公司负责，你可以按下面的顺序反映：
1.先看电梯轿厢内或门口张贴的使用标志，上面有维保单位名称和24小时应急电话，直接打过去报修。
2.如果维保单位推诿，可以拨打当地12345政务服务热线，说明天桥位置和故障天数。
3.电梯长期停用影响安全的，还可以向市场监管部门的特种设备科投诉。
我上个月反映过一次，第二天就有人来修了，供参考。
""",
    ),
    dict(
        slug="qa-zhiwei-lostchild-answer-html",
        site="知微问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiwei-ask.example.cn/q/20250412/88310",
        title="带孩子去商场，万一走散了商场有没有什么应急措施？",
        record_title="带孩子去商场，万一走散了商场有没有什么应急措施？ - 知微问答",
        date="2025-04-12",
        notes="Q&A page: answerer card, 回答于 byline, a follow button, an app prompt, related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>带孩子去商场，万一走散了商场有没有什么应急措施？ - 知微问答</title></head><body>
<header>⟦m 知微问答⟧ <a>⟦a 打开App，看更多回答⟧</a></header>
<h1>{T}</h1>
<div class="q-meta">⟦m 关注者 512　被浏览 40,338⟧ <button>⟦a ＋关注问题⟧</button></div>
<div class="answer">
<div class="author">⟦m 周砚秋　商业综合体安全主管⟧</div>
<div class="time">⟦m 回答于 2025-04-12 11:26⟧</div>
{BODY}
<div class="act">⟦l 赞同 1.3万　　42 条评论　　分享　　收藏⟧</div>
</div>
<aside>⟦l 相关问题⟧ ⟦l 孩子在游乐场被别的孩子推倒怎么处理？⟧</aside>
<footer>⟦d 知微问答内容由用户发布，不代表平台立场⟧</footer>
</body></html>
""",
        body="""
有的。正规的大型商场一般都有走失儿童应急预案，业内常叫“寻童预案”，大致流程是这样的：
家长向任何一名工作人员报告后，商场会立即通过对讲机通报孩子的衣着特征，各出入口的保安暂时只进不出，重点查看带孩子离开的人员。
同时，监控室调取孩子最后出现位置的画面，客服中心通过广播寻人。
一般十分钟内找不到的，商场会协助家长报警。
所以进商场前给孩子拍张全身照，真的很有用。
""",
    ),
]
