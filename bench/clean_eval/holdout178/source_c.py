"""holdout178, part C: hurricane lamps (马灯). Invented text, sites, people and places; see ../README.md."""

CASES = [
    dict(
        slug="company-guangming-news-lamp-factory-export-html",
        site="岽阳光明灯具有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dongyang-guangming.com/news/company/2024-0415.html",
        title="公司复刻版铁皮马灯首批出口订单顺利交付",
        record_title="公司复刻版铁皮马灯首批出口订单顺利交付-新闻中心-岽阳光明灯具有限公司",
        date="2024-04-15",
        notes="company site with online-service float and product menu; 发布时间 line; photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公司复刻版铁皮马灯首批出口订单顺利交付-新闻中心-岽阳光明灯具有限公司</title>
<script src="/js/kefu.js"></script></head>
<body>
<div class="header">⟦m 岽阳光明灯具有限公司⟧ ⟦m 专注户外照明三十年⟧ ⟦m 全国服务热线：400-815-3306⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 关于我们⟧ ⟦m 产品中心⟧ ⟦m 新闻中心⟧ ⟦m 联系我们⟧ ⟦m English⟧</div>
<div class="crumb">⟦m 首页 ＞ 新闻中心 ＞ 公司新闻⟧</div>
<h1>{T}</h1>
<div class="tm">⟦m 发布时间：2024-04-15　浏览：362次⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：我司荣获县级专精特新企业称号⟧ ⟦l 下一篇：露营灯新品发布会圆满举行⟧</div>
<div class="kefu">⟦w 在线客服⟧ ⟦w 微信洽谈⟧ ⟦a 返回顶部⟧</div>
<div class="ft">⟦m 版权所有：岽阳光明灯具有限公司　浙ICP备19031872号⟧</div>
</body></html>
""",
        body="""
4月12日，公司复刻版铁皮马灯首批出口订单共计1.2万盏在岽阳港完成装柜，发往欧洲户外用品市场。
这款马灯沿用上世纪六十年代的经典造型，灯罩改用耐热玻璃，油壶加装防漏阀，既保留了老物件的味道，又符合出口安全标准。
⟦m 图为工人在生产线上组装马灯灯架⟧
公司负责人介绍，今年以来露营热持续升温，复古马灯订单同比增长近三成，目前排产已到7月。
下一步，公司将推出充电式LED马灯，满足不同用户的需求。
""",
    ),
    dict(
        slug="training-yunlu-plan-camp-lamp-safety-course",
        site="云麓户外技能培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yunlu-outdoor.cn/kecheng/anquan/207.html",
        title="户外领队营地照明与用火安全课程教学方案",
        record_title="户外领队营地照明与用火安全课程教学方案_云麓户外",
        date=None,
        notes="training school: enrolment ads top and between paragraphs; numbered list; no date",
        page="""
!m 云麓户外技能培训学校 · 人社部门备案职业培训机构
!a ☎ 报名咨询　|　📅 预约试听　|　🎁 领取课程资料包
!m 课程中心 ＞ 安全类课程
{T}
{BODY}
!w 春季领队班火热招生中，老学员推荐立减300元，详询班主任微信 yunlu_ban2
!l 其他课程：野外急救　绳索技术　定向越野基础
!m 云麓户外技能培训学校　地址：岳麓区枫林三路66号
""",
        body="""
一、课程目标：使学员掌握营地照明器具的正确使用方法，能识别和处置帐篷内用火、用油的风险。
二、课时安排：理论2课时，实操2课时。
⟦a 👉 本课程支持线上回看，扫码右侧二维码即可开通⟧
三、教学内容：
1. 煤油马灯、气罐灯、LED营地灯的结构和特点；
2. 马灯加油、点火、调焰和熄灭的规范动作；
3. 帐篷内禁止使用明火照明的原因及一氧化碳中毒案例；
4. 燃料的携带与存放。
四、考核方式：实操考核由教练逐项打分，80分以上为合格。
""",
    ),
    dict(
        slug="fanwenapp-xiezuobao-speech-lamp-museum-opening",
        site="写作宝APP 分享页 (invented)",
        style="范文APP",
        genre="致辞",
        kind="speech",
        form="text",
        source="https://share.xiezuobao.app/article/a81c3f60",
        title="在“马灯照夜路”老照明器具展开展仪式上的致辞",
        record_title="在“马灯照夜路”老照明器具展开展仪式上的致辞",
        date="2024-05-18",
        notes="writing-app share page: open-in-app, AI-rewrite, member prompts; date under title in Chinese numerals; speaker line neutral",
        page="""
!a 打开写作宝APP，阅读体验更佳　［立即打开］
!m 写作宝 · 范文库
{T}
（二〇二四年五月十八日）
峒源县博物馆馆长　冉秋芳
{BODY}
!a ✨ AI一键改写　|　📋 复制全文　|　⬇ 导出Word（会员）
!a 开通会员，解锁全部12万篇范文
!l 看了这篇的人还看了：博物馆日活动致辞 / 展览开幕式主持词
""",
        body="""
各位来宾、朋友们：
今天是国际博物馆日，“马灯照夜路”老照明器具展在这里开展了。
展览共展出马灯、油灯、汽灯、手电筒等老照明器具146件，大多来自峒源县群众的捐赠。其中一盏铜马灯，是上世纪五十年代修筑峒源水库时，民工们夜里挑土用过的。
这些灯早已不再点亮，但它们照过的路、照过的人，值得我们记住。
欢迎大家常来看看，也欢迎把家里的老物件带来，讲讲它们的故事。谢谢大家！
""",
    ),
    dict(
        slug="gkforum-shangan-post-interview-lamp-topic",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="经验帖",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.com/thread-71023-1-1.html",
        title="面试真题：请以“马灯”为题谈谈你对基层工作的理解（附答题思路）",
        record_title="面试真题：请以“马灯”为题谈谈你对基层工作的理解（附答题思路） - 结构化面试 - 上岸公考论坛",
        date="2024-08-29",
        notes="exam forum: reply-to-see prompt, points, signature; 发表于 is the date",
        page="""
!m 上岸公考论坛 » 结构化面试 » 查看内容
{T}
!m 楼主：岸边的小鱼　积分 2281　发表于 2024-8-29 08:15
{BODY}
!a 【隐藏内容】本帖另有完整范文，回复后可见
!m ——我的签名：今年一定上岸！
!l 回复（56）　收藏（211）　分享
!d 论坛资料来自网友分享，仅供备考参考。
""",
        body="""
题目：过去，基层干部下乡常提一盏马灯，走村串户。请以“马灯”为题，谈谈你对基层工作的理解。
答题思路：
第一层，讲马灯的象征：马灯照亮夜路，象征基层干部心里装着群众，哪里需要就往哪里去。
第二层，讲时代变化：如今马灯换成了手电、路灯，但“走夜路、进农家”的精神不能丢。
第三层，落到自己：如果我有幸成为一名基层干部，会多走访、多倾听，把群众的小事当作大事来办。
注意：不要只谈情怀，要有具体做法，答题时间控制在三分钟以内。
""",
    ),
    dict(
        slug="baike-baiwen-entry-hurricane-lamp-html",
        site="百问知识库 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.baiwenzsk.com/item/马灯/30921",
        title="马灯",
        record_title="马灯_百问知识库",
        date=None,
        notes="encyclopaedia entry: infobox, edit/history tabs, references; body paragraphs; no date (edit count and relative time only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>马灯_百问知识库</title></head>
<body>
<div class="top">⟦m 百问知识库⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<h1>{T}</h1>
<table class="infobox"><tr><td>⟦m 中文名：马灯⟧</td></tr><tr><td>⟦m 别　名：风雨灯、提灯⟧</td></tr><tr><td>⟦m 燃　料：煤油⟧</td></tr></table>
{BODY}
<div class="ref">⟦l 参考资料：1. 《近代照明器具图录》 2. 峒源县志·物产卷⟧</div>
<div class="stat">⟦m 词条统计：浏览 8.3万次　编辑 27次　最近更新：2天前⟧</div>
<div class="ft">⟦d 百问知识库词条内容由网友协作编辑，仅供参考。⟧</div>
</body></html>
""",
        body="""
马灯是一种以煤油为燃料、可以手提的照明灯具，因骑马夜行时能挂在马身上而得名。
马灯由油壶、灯芯、玻璃灯罩和铁丝提梁组成，灯罩外有护架，能防风挡雨，所以又叫风雨灯。
二十世纪中叶，马灯在我国农村、矿山、铁路和部队中广泛使用。通电以后，马灯逐渐退出日常生活。
如今，马灯多作为收藏品和户外露营的装饰灯具出现。
""",
    ),
    dict(
        slug="pan-yunpan-summary-lamp-collectors-pages",
        site="云盘快传 分享页 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.yunpankc.com/s/1Rk8qLmaDeng",
        title="峒源县老物件收藏者联谊会2023年活动总结",
        record_title="峒源县老物件收藏者联谊会2023年活动总结.pdf",
        date="2024-01-20",
        notes="cloud-drive share page; file-name title; markers ⫍n⫎ glued or not; signature date",
        page="""
!m 云盘快传 | 文件分享
!m 分享者：灯下客　　分享时间：11个月前　　有效期：永久
!a 保存到我的云盘　　下载（1.2MB）　　举报
!m 峒源县老物件收藏者联谊会2023年活动总结.pdf
{BODY}
!a 预览仅显示部分页面，登录后查看完整文件
!d 请勿分享违法违规内容，一经发现将删除并封禁账号。
""",
        pages=dict(fmt="⫍{n}⫎", every=140, start=2, glue="mix"),
        body="""
2023年，联谊会在县文化馆支持下，组织会员开展了一系列收藏交流活动，现总结如下。
一是办好展览。与县博物馆合作举办“马灯照夜路”老照明器具展的筹备工作，会员提供展品93件，占全部展品六成以上。
二是加强交流。全年举办鉴赏沙龙5次，邀请省收藏家协会专家讲解马灯、汽灯的年代辨识方法。
三是规范管理。修订会员公约，明确不得收购来路不明的文物，全年新增会员18人。
2024年，联谊会将重点做好老物件口述史的整理工作。
峒源县老物件收藏者联谊会
2024年1月20日
""",
    ),
    dict(
        slug="snapshot-souhuan-notice-tunnel-lamp-html",
        site="搜寰快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souhuan.example.com/c?u=http%3A%2F%2Fwww.lzkyj.gov.cn%2Ftzgg%2F2023%2F0612.html",
        title="岚峙县矿山救护大队关于更换井下应急照明灯具的通知",
        record_title="岚峙县矿山救护大队关于更换井下应急照明灯具的通知",
        date="2023-06-12",
        notes="search-cache frame with the cached page's own chrome; cache header lines; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>岚峙县矿山救护大队关于更换井下应急照明灯具的通知</title></head>
<body>
<div class="cachehead">⟦d 这是 http://www.lzkyj.gov.cn/tzgg/2023/0612.html 的快照，是网页在2024年2月3日的存档。⟧<br>⟦d 当前页面可能已经更改，请点击此处查看最新网页。⟧<br>⟦d 已高亮显示下列搜索词：马灯 应急照明⟧</div>
<div class="orig">
<div>⟦m 岚峙县应急管理局⟧ ⟦m 首页 | 通知公告 | 安全生产⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 主办单位：岚峙县应急管理局⟧</div>
</div>
</body></html>
""",
        body="""
各煤矿企业：
目前仍有个别小煤矿在井下巷道备用煤油马灯作为应急照明，明火灯具在井下存在引发瓦斯爆炸的重大隐患。
现通知如下：一、6月30日前，各煤矿须全部清退井下煤油马灯等明火照明器具；二、应急照明统一更换为本安型矿灯或防爆应急灯；三、大队将于7月上旬开展专项检查，发现仍在使用的，依法责令停产整顿。
岚峙县矿山救护大队
2023年6月12日
""",
    ),
    dict(
        slug="print-yikao-rules-lamp-room-duty",
        site="峤北铁路工务段 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://gwd.qiaobei-rail.local/zd/print.jsp?id=118",
        title="巡道工班信号灯具管理办法",
        record_title="巡道工班信号灯具管理办法",
        date="2023-11-02",
        notes="print view with print header/footer and URL; 印发 版记 kept; date from 印发 line",
        page="""
!m 峤北工务段综合信息平台 — 打印预览
!a [打印] [关闭]
{T}
{BODY}
!m http://gwd.qiaobei-rail.local/zd/view.jsp?id=118
!p 第 1 页，共 1 页
!m 打印人：gw_yang　打印时间：2025-02-17 14:03
""",
        body="""
第一条　为加强巡道工班信号灯具管理，保证夜间巡道安全，制定本办法。
第二条　工班配备的信号马灯、手提信号灯由工长指定专人保管，建立台账。
第三条　灯具每班使用前须检查灯罩、灯芯和红绿色片，发现破损及时更换。
第四条　煤油马灯仅作电池灯具失效时的备用，加油时必须远离火源。
第五条　本办法自印发之日起施行。
抄送：段安全科
峤北铁路工务段办公室　2023年11月2日印发
""",
    ),
    dict(
        slug="mail-fwd-request-lamp-exhibit-loan",
        site="岫湖文博邮箱 转发 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto-archive://mail.xiuhu-wenbo.example.cn/fwd/20240403-0917",
        title="关于商借馆藏马灯参加巡回展览的函",
        record_title="Fwd: 关于商借馆藏马灯参加巡回展览的函",
        date="2024-04-02",
        notes="forwarded mail: headers and forward note as chrome; the letter's own 联系人 and 附件 kept; date from the letter",
        page="""
!m 发件人：岫湖县文物管理所 <wgs@xiuhu-wenbo.example.cn>
!m 收件人：bwg-jiaoliu@dongyuanmuseum.example.cn
!m 时间：2024年4月3日（星期三）上午9:17
!m 主题：Fwd: 关于商借馆藏马灯参加巡回展览的函
!m 附件：借展清单.xlsx（14KB）
!w 以下为转发内容，请领导阅示。—— 交流部 小何
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!a 回复　回复全部　转发　删除
!d 此邮件可能包含保密信息，如误收请删除并告知发件人。
""",
        body="""
峒源县博物馆：
我所拟于今年6月至9月举办“灯火百年”巡回展览，贵馆所藏铜马灯、铁皮马灯等老照明器具颇具代表性，特商借12件参展。
展品的包装、运输和保险由我所负责，展期结束后10日内完好归还。
联系人：何晓兰　电话：0734-7720916
附件：借展清单
岫湖县文物管理所
2024年4月2日
""",
    ),
    dict(
        slug="fanwen-yeyu-oldtable-composition-lamp-html",
        site="夜雨范文网 (invented)",
        style="范文站",
        genre="作文",
        kind="other",
        form="html",
        source="http://www.yeyufw.com/zuowen/chuzhong/20121106/55231.html",
        title="外公的马灯（初中作文）",
        record_title="外公的马灯（初中作文）600字_夜雨范文网",
        date=None,
        notes="old gb2312 table layout with marquee, 【阅读字号】 row, visitor counter; a year in the text is no date; 评语 kept out as chrome",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>外公的马灯（初中作文）600字_夜雨范文网</title></head>
<body>
<table width="778" align="center"><tr><td>⟦m 夜雨范文网 yeyufw.com⟧</td><td>⟦m 作文·范文·文章，一站全有⟧</td></tr></table>
<table width="778" align="center"><tr><td><marquee>⟦m 欢迎光临夜雨范文网，本站每日更新优秀作文！⟧</marquee></td></tr></table>
<table width="778" align="center"><tr><td>⟦m 您现在的位置： 夜雨范文网 &gt;&gt; 初中作文 &gt;&gt; 写人作文⟧</td></tr></table>
<table width="778" align="center"><tr><td align="center"><b>{T}</b></td></tr>
<tr><td>⟦a 【阅读字号：特大 大 中 小】⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="778" align="center"><tr><td>⟦l 老师点评：文章借一盏马灯写外公，细节生动，感情真挚。⟧</td></tr>
<tr><td>⟦l 上一篇：我的同桌　下一篇：那一次我哭了⟧</td></tr></table>
<table width="778" align="center"><tr><td>⟦m 本站访问人次：<font color="red">3627110</font>⟧</td><td>⟦m 夜雨范文网 版权所有 鲁ICP备10027715号⟧</td></tr></table>
</body></html>
""",
        body="""
外公的床头挂着一盏马灯，铁皮已经锈了，玻璃罩上有一道裂纹。
妈妈说，一九八三年发大水，外公提着这盏马灯，在堤上守了三天三夜。
去年冬天停电，外公把马灯取下来，倒上煤油，划根火柴点亮。昏黄的灯光里，他给我讲起了那年守堤的事。
我忽然觉得，这盏旧马灯比家里所有的灯都亮。
""",
    ),
]
