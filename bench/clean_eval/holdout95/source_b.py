"""holdout95, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区 — a tofu-skin
workshop, a rubber-tapping farm, cassava growers, a duck farm, a horse-racing meet, a fan-dance
team, lantern makers, a bell-and-drum-tower scenic area, a pagoda, an oceanarium, a tiger park.
Invented text; see ../README.md."""

CASES = [
    dict(
        slug="blog-zhuxi-insight-tofu-skin-html",
        site="竹溪小记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://zhuxi.blogcity.example.com/post/2025/05/fuzhu-xinde.html",
        title="在腐竹作坊蹲点三天的体会",
        record_title="在腐竹作坊蹲点三天的体会 | 竹溪小记",
        date="2025-05-20",
        notes="personal blog: tag cloud, archive list, a 'like' row and comment form; the post's 发布时间 byline is the date; a sentence speaking of 分享 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在腐竹作坊蹲点三天的体会 | 竹溪小记</title><link rel="stylesheet" href="/s.css"></head><body>
<header><h2>⟦m 竹溪小记⟧</h2><p>⟦m 一个驻村干部的流水账⟧</p><nav>⟦l 首页 · 归档 · 关于我 · 友链⟧</nav></header>
<article><h1>⟦t 在腐竹作坊蹲点三天的体会⟧</h1>
<p class="meta">⟦m 发布时间：2025-05-20 22:47 · 分类：驻村日记 · 阅读(371)⟧</p>
{BODY}
<p class="like">⟦a 👍 点赞 12　　⭐ 收藏　　↗ 转发⟧</p>
<p class="tags">⟦l 标签：腐竹 / 驻村 / 乡村产业⟧</p></article>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年5月 (6)⟧</li><li>⟦l 2025年4月 (9)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 驻村 基层党建 调研 读书 乡村产业⟧</p></aside>
<section class="comments"><h4>⟦l 发表评论⟧</h4><p>⟦l 昵称（必填）　邮箱（选填）　提交评论⟧</p></section>
<footer>⟦d © 2025 竹溪小记 · 文章为个人观点，转载请注明出处⟧</footer>
</body></html>
""",
        body="""
这个月，我在村里的腐竹作坊连续蹲点了三天，从凌晨泡豆一直跟到晚上收竹。
腐竹的制作看着简单，其实每一步都有讲究：豆子要泡足八小时，煮浆时火候不能大，挑皮的手要快而稳。
作坊主老杨说，一锅豆浆能挑出十二张腐竹，差一点火候，皮子就会发黑。
这三天让我明白，发展乡村产业，不能只坐在办公室里算账，要真正弄懂产品是怎么做出来的。
回来后，我把蹲点笔记整理出来，在村干部例会上做了分享，大家都说很受启发。
""",
    ),
    dict(
        slug="blog-jiaoyuan-summary-rubber-farm-wrapped",
        site="胶园老兵的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://blog.hainanlaobing.example.cn/article/1188.html",
        title="橡胶农场第三生产队2024年割胶工作总结",
        record_title="橡胶农场第三生产队2024年割胶工作总结（原创）",
        date="2024-12-28",
        notes="decorated record title; hard-wrapped at 58 columns with an indent; a 成文日期 in Chinese numerals; prev/next at the bottom; a blog's 原创 mark",
        wrap=58,
        indent="    ",
        page="""
!m 胶园老兵的博客　http://blog.hainanlaobing.example.cn
!l 博客首页 | 日志 | 相册 | 留言板
!t 橡胶农场第三生产队2024年割胶工作总结（原创）
!m [原创 2025-01-03 08:15]　分类：农场往事
{BODY}
!l ‹ 前一篇：胶工技术比武小记　　后一篇：农场老照片（三） ›
!a 评论(2)　|　阅读(140)　|　推荐　|　转载
""",
        body="""
2024年，第三生产队在分场党支部的领导下，克服台风和低温天气的影响，全年完成干胶产量四百一十二吨。
一是抓割胶技术。全年组织胶工技术培训六期，开展割胶技术比武两次，伤树率下降到百分之一以下。
二是抓胶园管护。完成胶园施肥三千二百亩，清理林下杂草，补种新苗一千五百株。
三是抓安全生产。夜间割胶实行结伴制度，全年未发生人身安全事故。
第三生产队
二〇二四年十二月二十八日
""",
    ),
    dict(
        slug="wechat-mirror-cassava-plan-read-more",
        site="公号阅读站 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="text",
        source="https://gzhread.example.net/s/mp_Kd8wq2LmX0",
        title="瓒山镇木薯产业提质增效工作方案",
        record_title="瓒山镇木薯产业提质增效工作方案",
        date=None,
        notes="WeChat mirror: account line, 原创 mark, 'follow us' block, 在看/点赞 row, a 阅读原文 link; the plan's 扫码 sentence kept; no date (the mirror's '昨天' is relative)",
        page="""
!m 瓒山发布　昨天
!t 瓒山镇木薯产业提质增效工作方案
!m 原创　瓒山镇融媒体中心　瓒山发布
!a 点击上方蓝字“瓒山发布”关注我们
{BODY}
!a ▼长按识别二维码，关注瓒山发布▼
!m 编辑：黎晓芒　审核：陈东
!l 阅读原文　　分享　收藏　在看　点赞
""",
        body="""
为推动木薯产业转型升级，增加群众收入，结合我镇实际，制定本方案。
一、工作目标：到年底，全镇木薯种植面积稳定在一万亩，推广高产新品种三千亩，亩均增收二百元。
二、重点任务：
1.推广良种良法，在三个村建设木薯高产示范片。
2.扶持木薯淀粉加工企业技术改造，延长产业链。
3.建立木薯收购价格信息发布机制，种植户扫码即可查询当日收购价。
三、保障措施：镇成立木薯产业发展工作专班，每月调度一次工作进展。
""",
    ),
    dict(
        slug="wechat-html-duck-farm-speech-reward",
        site="微文镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://wxmirror.example.com/a/20250318/duck-farm-speech",
        title="在全县肉鸭产业发展推进会上的讲话",
        record_title=None,
        date="2025-03-18",
        notes="no record title; WeChat-style HTML mirror with a reward button, 'read more articles' list and a 留言 area; date line under the title; a mid-body 'follow' card on its own line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在全县肉鸭产业发展推进会上的讲话</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">⟦t 在全县肉鸭产业发展推进会上的讲话⟧</h1>
<div class="meta">⟦m 琬溪农业⟧ ⟦m 2025年03月19日 07:30 广西⟧</div>
<p>副县长　莫丽娟</p>
<p>（2025年3月18日）</p>
<div class="rich_media_content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="more"><p>⟦l 往期推荐⟧</p><p>⟦l 琬溪县召开春耕备耕工作会⟧</p><p>⟦l 一图读懂2025年农机购置补贴⟧</p></div>
<div class="cmt">⟦l 写留言⟧</div>
<div class="mirror">⟦d 本页面由微文镜像自动抓取，版权归原公众号所有⟧</div>
</div></body></html>
""",
        body="""
同志们：
这次会议的主要任务是，总结去年全县肉鸭产业发展情况，部署今年的重点工作。
去年，全县出栏肉鸭一千八百万羽，产值突破九亿元，肉鸭产业已成为我县农民增收的重要支柱。
⟦a 戳这里👉关注“琬溪农业”，获取更多惠农资讯⟧
今年，我们要重点抓好三件事：一是推进养殖场标准化改造，二是抓好养殖废弃物资源化利用，三是扶持屠宰加工龙头企业做大做强。
同志们，任务艰巨，责任重大。希望大家真抓实干，确保全年目标任务圆满完成。
""",
    ),
    dict(
        slug="docshare-fenxiang-rules-horse-racing-pmarks",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.fenxiangba.example.com/doc/3310927.html",
        title="瑄湾县民族赛马会安全管理规定",
        record_title="瑄湾县民族赛马会安全管理规定.wps",
        date=None,
        notes="file-name title; page markers 'P·2' glued or not; an upload notice and a points-cost row; the rule speaks of printing 参赛证 — kept; no date",
        pages=dict(fmt="P·{n}", every=60, start=2, glue="mix"),
        page="""
!m 分享吧文档 — 让知识流动起来
!m 文档分类：规章制度 / 安全管理
!t 瑄湾县民族赛马会安全管理规定.wps
!m 大小：38KB　格式：WPS　积分：5　上传时间：2025-06-30
{BODY}
!a ↓ 下载本文档（需5积分）
!d 温馨提示：本文档由会员“马背上的云”上传分享，本站不对其内容负责，如有侵权请来信处理
""",
        body="""
第一条　为保障民族赛马会安全有序举行，保护参赛人员和观众的人身安全，制定本规定。
第二条　参赛骑手须年满十六周岁，持有效健康证明，比赛时必须佩戴头盔和护具。
第三条　参赛马匹须经兽医检疫合格，佩戴统一编号。
第四条　参赛证由组委会统一制作，骑手可在报名系统自行打印，比赛当日凭证检录。
第五条　观众须在围栏外指定区域观赛，不得翻越围栏或进入跑道。
第六条　本规定由赛马会组委会负责解释。
""",
    ),
    dict(
        slug="docshare-html-fan-dance-notice",
        site="文享网 (invented)",
        style="文档分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wenxiangwang.example.cn/share/9a1f77.html",
        title="关于举办全市扇子舞展演活动的通知",
        record_title="关于举办全市扇子舞展演活动的通知（可编辑）",
        date="2025-09-02",
        notes="document-sharing HTML with a reading-progress bar and a download button; (可编辑) decoration; a registration-form table kept one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办全市扇子舞展演活动的通知（可编辑）-文享网</title></head><body>
<div class="top">⟦m 文享网⟧ ⟦l 热门分类：通知 公告 方案 总结⟧ ⟦a 上传文档⟧</div>
<div class="bread">⟦m 文享网 / 公文通知 / 文体活动⟧</div>
<h1>⟦t 关于举办全市扇子舞展演活动的通知（可编辑）⟧</h1>
<div class="inf">⟦m 3页　1.2千次阅读　4人收藏⟧</div>
<div class="reader">
{BODY}
</div>
<div class="progress">⟦a 已读完，点击下载完整原文件⟧</div>
<div class="rel">⟦l 你可能还需要：广场文艺展演活动方案 / 老年文体比赛通知⟧</div>
<div class="foot">⟦d 声明：文享网仅提供信息存储空间，用户上传的文档版权归原作者⟧<br>⟦m 客服邮箱 kefu@wenxiangwang.example.cn⟧</div>
</body></html>
""",
        body="""
各区文化馆，各社区文体团队：
为丰富群众文化生活，市群众艺术馆定于10月中旬举办全市扇子舞展演活动，现将有关事项通知如下。
一、参演要求：每区推荐节目两个，每个节目人数十二至二十人，时长不超过六分钟。
二、报名方式：请于9月20日前将报名表报送市群众艺术馆活动部。
区名　节目名称　人数　领队
示例区　扇舞丹青　16　王某某
三、联系方式：市群众艺术馆活动部　联系人：甘雪　电话：0771-5532201
珞川市群众艺术馆
2025年9月2日
""",
    ),
    dict(
        slug="edu-jiaoyu-notice-lantern-making-html",
        site="璘原县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.linyuan.example.gov.cn/jyzx/tzgg/2025/01/0922.html",
        title="关于开展“巧手扎彩灯 欢乐闹元宵”校园彩灯制作活动的通知",
        record_title="关于开展“巧手扎彩灯 欢乐闹元宵”校园彩灯制作活动的通知",
        date="2025-01-22",
        record_date="2025-01-22",
        notes="education bureau portal; record date; 附件 and 抄送 kept; a 'this page' QR prompt in the sidebar; visits counter",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>璘原县教育体育局</title></head><body>
<div class="banner">⟦m 璘原县教育体育局⟧ ⟦m 立德树人　办人民满意的教育⟧</div>
<ul class="menu"><li>⟦l 机构概况⟧</li><li>⟦l 教育资讯⟧</li><li>⟦l 招生考试⟧</li><li>⟦l 局长信箱⟧</li></ul>
<div class="here">⟦m 您现在的位置：教育资讯 - 通知公告⟧</div>
<h2>⟦t 关于开展“巧手扎彩灯 欢乐闹元宵”校园彩灯制作活动的通知⟧</h2>
<div class="meta">⟦m 作者：基础教育股　来源：本站原创　点击数：412　更新时间：2025-01-22⟧</div>
<div class="body">
{BODY}
</div>
<div class="side">⟦a 手机扫一扫，在手机上阅读本页⟧</div>
<div class="foot">⟦m 璘原县教育体育局　版权所有　地址：璘原县学前路8号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为传承传统彩灯制作技艺，丰富学生寒假生活，县教体局决定在全县中小学开展校园彩灯制作活动。
一、活动时间：2025年1月25日至2月12日。
二、作品要求：彩灯以竹篾、彩纸、布料等为主要材料，鼓励使用废旧材料，尺寸不超过八十厘米。
三、作品报送：各校评选优秀作品五件，于2月14日前送县青少年活动中心。
附件：校园彩灯作品登记表
璘原县教育体育局
2025年1月22日
抄送：县文化馆，县青少年活动中心。
""",
    ),
    dict(
        slug="edu-school-summary-bell-tower-study",
        site="琇田县第一中学 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.xtyz.example.edu.cn/xwdt/2025/1120/2286.html",
        title="高一年级“走进钟鼓楼”研学活动总结",
        record_title="高一年级“走进钟鼓楼”研学活动总结_琇田一中",
        date=None,
        notes="school site: the title suffix; a site slogan; a sidebar of quick links on lines between the meta and body; no date in the document, the page shows only a year-month",
        page="""
!m 琇田县第一中学　厚德　笃学　致远
!l 学校概况｜教育教学｜德育天地｜校园新闻｜招生信息
!t 高一年级“走进钟鼓楼”研学活动总结_琇田一中
!m 所属栏目：德育天地　发布者：高一年级组　2025年11月
!l 快速通道：校历　课表查询　成绩查询
{BODY}
!l 【返回上一页】
!m 校址：琇田县文昌路99号　联系电话：0837-2216600
""",
        body="""
11月中旬，高一年级六百余名学生分批走进琇田钟鼓楼景区，开展了为期一天的研学活动。
在钟楼，讲解员向同学们介绍了古代报时制度；在鼓楼，同学们亲手敲响了仿制的更鼓。
活动中，各班以小组为单位完成了研学任务单，共提交研学报告一百二十篇。
通过本次研学，同学们增进了对家乡历史文化的了解，也锻炼了合作探究能力。
""",
    ),
    dict(
        slug="oa-haiyang-plan-oceanarium-approval",
        site="玳港海洋馆办公平台 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://oa.daigang-ocean.example.local/doc/view?id=20250714007",
        title="玳港海洋馆暑期客流高峰应急疏导方案",
        record_title="玳港海洋馆暑期客流高峰应急疏导方案",
        date="2025-07-14",
        notes="intranet document view with an approval trail (流转记录) and read counts; the plan's own contact and hotline kept; a decimal-heading structure; 成文日期",
        page="""
!m 玳港海洋馆协同办公平台 ▸ 公文管理 ▸ 收文阅办
!m 文件编号：HYG-AQ-2025-031　密级：内部　紧急程度：急
{T}
!m 拟稿：安全保卫部 蒋涛　　核稿：办公室 严青
{BODY}
!m 流转记录：2025-07-14 09:20 安全保卫部 发起 → 2025-07-14 15:02 分管副总 同意 → 2025-07-15 08:40 总经理 同意
!m 已阅 46 人　未阅 3 人
!a [催办]　[转发]　[导出PDF]
""",
        body="""
1 目的
为应对暑期客流高峰，防止发生拥挤踩踏事故，确保游客安全，制定本方案。
2 适用范围
本方案适用于7月15日至8月31日期间场馆内各展区、通道及出入口的客流疏导。
3 应急措施
3.1 当场馆内瞬时游客量达到四千人时，启动黄色预警，暂停现场售票。
3.2 当瞬时游客量达到五千人时，启动红色预警，实行单向通行，关闭海底隧道入口。
4 联系方式
应急指挥：安全保卫部　内线8016　游客服务热线：400-606-2255
玳港海洋馆安全保卫部
2025年7月14日
""",
    ),
    dict(
        slug="oa-html-tiger-park-minutes",
        site="东北虎园内部门户 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://portal.hupark.example.local/meeting/2025/0403.aspx",
        title="虎园动物福利委员会第二次会议纪要",
        record_title="虎园动物福利委员会第二次会议纪要",
        date="2025-04-03",
        notes="intranet HTML with a left menu, logged-in user bar and a watermark; minutes with 时间/地点/主持/出席 lines kept; 印发 版记 kept; a 'mark as read' button",
        page="""
<html><head><meta charset="utf-8"><title>内部门户 - 会议纪要</title></head><body>
<div class="userbar">⟦m 欢迎您，饲养二部 韩立伟　|　工号 H0317⟧ ⟦a 退出登录⟧</div>
<div class="left"><ul><li>⟦l 待办事项(3)⟧</li><li>⟦l 通知公告⟧</li><li>⟦l 会议纪要⟧</li><li>⟦l 规章制度⟧</li></ul></div>
<div class="main"><h3>⟦t 虎园动物福利委员会第二次会议纪要⟧</h3>
<div class="wm">⟦m 内部资料 韩立伟 2025-04-07⟧</div>
{BODY}
<div class="btns">⟦a 标记为已读⟧ ⟦a 打印⟧</div></div>
<div class="foot">⟦m 瓒山东北虎园信息部 技术支持 分机 6600⟧</div>
</body></html>
""",
        body="""
时间：2025年4月3日下午三时
地点：园区行政楼二楼会议室
主持：园长 宫振宇
出席：委员会委员九人，兽医院、饲养一部、饲养二部负责人列席
会议讨论了东北虎丰容设施改造方案，同意在三号、五号圈舍增设攀爬架和水池。
会议决定，自5月起，对老龄虎实行单独饲喂和每月一次体检。
会议要求饲养部门严格落实每日巡查记录，发现异常及时报告兽医院。
瓒山东北虎园办公室　2025年4月3日印发
""",
    ),
    dict(
        slug="qa-wenjian-answer-pagoda-repair-request",
        site="问鉴社区 (invented)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.wenjian.example.com/question/2290417",
        title="关于申请古塔抢险加固资金的请示",
        record_title="关于申请古塔抢险加固资金的请示怎么写？求范文",
        date="2025-05-06",
        notes="Q&A page: a question title, best-answer label, answerer line and vote row; the request itself is the body; 联系人 line kept; date under the signature; other answers folded",
        page="""
!m 问鉴社区 > 公文写作 > 请示
!t 关于申请古塔抢险加固资金的请示怎么写？求范文
!m 提问者：塔下人家　2025-05-08　｜　浏览 905 次
!l ★ 最佳回答
!m 回答者：写材料的阿灿　｜　采纳率 87%
给你一篇我们单位上个月报的，照着改就行：
{BODY}
!a 👍 有用(23)　👎 没用(1)　｜　评论　｜　举报
!l 其他 3 条回答已折叠 ∨
!l 相关问题：文物保护资金申请报告怎么写？
""",
        body="""
县人民政府：
我县县级文物保护单位白云寺塔始建于明代，为七级八角楼阁式砖塔。今年4月连续降雨后，塔身第三层出现明显裂缝，塔顶有砖块脱落，存在坍塌危险。
为消除安全隐患，我局已委托专业机构编制抢险加固方案，经专家论证，工程概算为八十六万元。
因我局经费紧张，特申请县财政安排古塔抢险加固资金八十六万元。
妥否，请批示。
联系人：郝明轩　电话：0913-7162280
璩溪县文化和旅游局
2025年5月6日
""",
    ),
]
