"""holdout157, part B: air-conditioner outdoor units and parcel lockers.
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-ac-unit-drip-notice",
        site="琨岭市城市管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cgj.kunling.example.gov.cn/tzgg/2025/0603/772.html",
        title="关于规范空调室外机安装和冷凝水排放的通告",
        date="2025-06-03",
        notes="text portal page: font row, breadcrumb, views, 打印/关闭 tail; the 通告's own 举报电话 kept; Chinese-numeral signature date",
        page="""
!m 琨岭市城市管理局
!m 首页 >> 政务公开 >> 通知公告
{T}
!m 发布日期：2025-06-03　浏览次数：537　字体：【大 中 小】
{BODY}
!a 【打印此页】　【关闭窗口】
!m 琨岭市城市管理局版权所有　技术支持：琨岭信息港
""",
        body="""
为消除空调室外机坠落隐患，解决冷凝水滴落扰民问题，现就有关事项通告如下：
一、空调室外机应安装在建筑预留机位内，不得占用疏散通道，不得悬挂于人行道上方。
二、安装支架应采用不锈钢或热镀锌材料，由具备高处作业资格的人员施工。
三、冷凝水应接入建筑预留排水管，不得直接滴落至公共区域。
四、对违反规定的，由城市管理部门责令限期整改。
举报电话：0738-2265190。
琨岭市城市管理局
二〇二五年六月三日
""",
    ),
    dict(
        slug="news-ac-bracket-fall-text",
        site="璜阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.huangyangnews.example.com/local/2025/0719/98830.shtml",
        title="老旧空调支架锈断，外机险些砸中路人",
        record_title="老旧空调支架锈断，外机险些砸中路人",
        date="2025-07-19",
        notes="news text: title repeated glued to the lead, photo caption line between paragraphs, 责任编辑 glued after the last sentence",
        page="""
!m 璜阳新闻网 > 本地 > 社会
!m 2025年07月19日 10:06　来源：璜阳日报　记者 蒋遥
{BODY}
!l 相关阅读：夏季用电高峰，这份安全指南请收好
!a 【纠错】　【分享】
""",
        body="""
⟦t 老旧空调支架锈断，外机险些砸中路人⟧本报讯　7月17日傍晚，璜阳市解放路一栋老楼三楼的空调外机突然坠落，砸坏了楼下停放的一辆电动车。
所幸当时无人经过，未造成人员伤亡。
⟦m 图为坠落的空调外机。⟧
记者在现场看到，外机支架已严重锈蚀，固定螺栓断裂。
街道工作人员随后对这栋楼的二十多台空调外机逐一检查，发现七个支架存在隐患。
提醒市民，空调外机支架使用超过八年的，最好请专业人员检查加固。⟦m 责任编辑：韦丹⟧
""",
    ),
    dict(
        slug="corp-aircon-installer-safety-html",
        site="珣城凉风制冷设备有限公司 (invented)",
        style="企业官网",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://www.liangfengzl.example.com/news/detail-306.html",
        title="空调安装人员高处作业安全管理规定",
        record_title="空调安装人员高处作业安全管理规定-凉风制冷",
        date="2025-05-10",
        notes="company site: 400 service line in the header, the rule's own 安全部电话 in the body; online-consult floating box; articles speak of 打印/扫码 as content",
        page="""
<html><head><meta charset="utf-8"><title>空调安装人员高处作业安全管理规定-凉风制冷</title></head><body>
<div class="header">⟦m 凉风制冷　专业空调安装维保20年⟧ ⟦m 全国服务热线：400-676-2218⟧</div>
<div class="nav">⟦l 网站首页⟧ ⟦l 关于我们⟧ ⟦l 产品中心⟧ ⟦l 新闻资讯⟧ ⟦l 联系我们⟧</div>
<div class="crumbs">⟦m 您现在的位置：首页 - 新闻资讯 - 企业动态⟧</div>
<h1>⟦t 空调安装人员高处作业安全管理规定⟧</h1>
<p class="time">⟦m 发表时间：2025-05-10　浏览量：86⟧</p>
<div class="detail">
{BODY}
</div>
<div class="kefu">⟦w 在线咨询⟧ ⟦w 免费上门测量⟧ ⟦a 返回顶部⟧</div>
<div class="foot">⟦d Copyright © 2025 珣城凉风制冷设备有限公司 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
第一条　为防止空调安装、维修作业中发生高处坠落事故，制定本规定。
第二条　从事外机安装的人员必须持有高处作业特种作业操作证，每年参加一次安全复训。
第三条　作业前须检查安全带、安全绳、挂点，严禁将安全绳系在空调支架或防盗窗上。
第四条　每单作业前，安装人员须扫描工单二维码完成安全检查打卡，未打卡的系统不予派单。
第五条　安全检查表由班组长每日打印存档，保存期不少于一年。
第六条　本规定由公司安全部负责解释，咨询电话：0734-8190352。
珣城凉风制冷设备有限公司
2025年5月10日
""",
    ),
    dict(
        slug="lawfirm-ac-drip-neighbour-dispute-html",
        site="瑗州明衡律师事务所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.minghenglaw.example.com/anli/1190.html",
        title="楼上空调冷凝水滴到我家窗台，可以要求移机吗",
        record_title=None,
        date="2025-08-02",
        notes="law firm: no record title; 免费咨询 prompt and 律师热线 in chrome; 'not legal advice' disclaimer; a related-cases list",
        page="""
<html><head><meta charset="utf-8"><title>明衡律师事务所</title></head><body>
<div class="logo">⟦m 明衡律师事务所　以专业守护公平⟧</div>
<div class="menu">⟦l 律所介绍⟧ ⟦l 专业领域⟧ ⟦l 律师团队⟧ ⟦l 典型案例⟧ ⟦l 普法文章⟧</div>
<h2>⟦t 楼上空调冷凝水滴到我家窗台，可以要求移机吗⟧</h2>
<div class="au">⟦m 作者：侯静波律师　2025-08-02⟧</div>
{BODY}
<div class="tip">⟦d 本文仅为普法交流，不构成针对个案的法律意见。⟧</div>
<div class="consult">⟦w 遇到相邻纠纷？律师一对一解答，热线：0576-8800912⟧</div>
<div class="rel">⟦l 相关案例：⟧<a>⟦l 油烟管道直排邻居阳台案⟧</a><a>⟦l 装修噪音扰邻纠纷调解纪实⟧</a></div>
</body></html>
""",
        body="""
夏天一到，因空调外机噪音、冷凝水滴落引发的邻里纠纷明显增多。
根据民法典的规定，不动产权利人应当按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系。
楼上住户的冷凝水长期滴落在您家窗台，造成妨害的，您可以要求其停止侵害、排除妨害，例如加装冷凝水管或调整外机位置。
建议先与对方协商，也可以请物业或居委会调解，调解不成的再向法院起诉。
起诉时，可提交滴水的照片、视频以及物业的处理记录作为证据。
""",
    ),
    dict(
        slug="localforum-ac-install-complaint",
        site="琅坪县城论坛 (invented)",
        style="地方论坛",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.langpingbbs.example.net/forum.php?mod=viewthread&tid=90021",
        title="新买的空调外机被装在邻居卧室窗下，物业不管",
        record_title="[求助] 新买的空调外机被装在邻居卧室窗下，物业不管 - 琅坪县城论坛",
        date=None,
        notes="county forum: post time relative (昨天 20:41), no date; 楼主 line, 回复 box, ad line between paragraphs",
        page="""
!m 琅坪县城论坛 » 百姓呼声 » 帖子详情
{T}
!m 楼主：溪边小院　昨天 20:41　来自手机
{BODY}
!l 2楼　老街坊：建议直接找住建局，别跟物业磨了
!l 高级模式　|　发表回复
""",
        body="""
上个月搬进新房，买空调的时候安装师傅说预留机位太小放不下，就把外机装在了楼下阳台旁边的墙上。
现在楼下邻居说外机正对他家卧室窗户，晚上嗡嗡响睡不着，要求我们移走。
⟦l 【广告】县城家电以旧换新，空调低至1999元，点击查看⟧
我们也愿意移，但师傅说再挪位置要另加三百元高空费。
找物业，物业说这是业主之间的事，让我们自己协商。
各位有没有遇到过类似情况，这个钱应该谁出？
""",
    ),
    dict(
        slug="qa-parcel-locker-fee-html",
        site="问吧 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenba.example.com/question/30918842.html",
        title="快递柜超时收费合理吗？",
        record_title="快递柜超时收费合理吗？_问吧",
        date="2025-03-12",
        notes="Q&A: asker line, answer with 回答于 line (the page's date), vote bar, 'more answers' list, login prompt",
        page="""
<html><head><meta charset="utf-8"><title>快递柜超时收费合理吗？_问吧</title></head><body>
<div class="top">⟦m 问吧 - 有问题，就会有答案⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<h1>⟦t 快递柜超时收费合理吗？⟧</h1>
<div class="ask">⟦m 提问者：匿名　分类：生活 › 快递物流　浏览 3901 次⟧</div>
<div class="best"><p>⟦m 最佳答案⟧</p><p>⟦m 理性消费小站　回答于 2025-03-12⟧</p>
{BODY}
<p>⟦l 有用（208）　没用（11）　评论（34）⟧</p></div>
<div class="more"><p>⟦l 其他回答（5）⟧</p><p>⟦l 登录后查看更多回答⟧</p></div>
<div class="ft">⟦d 问吧内容均由网友提供，仅供参考。⟧</div>
</body></html>
""",
        body="""
要分两种情况看。
第一，快递员没有征得你的同意就把包裹放进快递柜，这本身就不符合快递暂行条例的规定，由此产生的超时费不应由你承担。
第二，如果是你自己选择了快递柜，且柜机明示了免费保管时长和收费标准，超时后按标准收费一般是合理的。
遇到第一种情况，可以先向快递公司投诉，协商不成再拨打邮政管理部门的申诉电话。
""",
    ),
    dict(
        slug="wiki-parcel-locker-entry",
        site="百事通百科 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="text",
        source="https://baike.baishitong.example.com/item/智能快件箱/4410",
        title="智能快件箱",
        record_title="智能快件箱_百事通百科",
        date=None,
        notes="encyclopaedia entry: edit links, contents box, 词条统计 with edit times (not dates), references list; placeholder example year in the body",
        page="""
!m 百事通百科 · 全球中文知识库
{T}
!a 编辑　　讨论　　上传视频
!l 目录：1 定义　2 使用方式　3 管理规定
{BODY}
!l 参考资料：[1] 智能快件箱投递服务管理规定解读
!m 词条统计：浏览次数 21.4万　编辑次数 38次　最近更新：3个月前
!d 百科词条由网友共同编辑，如有错误欢迎指正。
""",
        body="""
智能快件箱是设立在公共场所，提供快件收寄、投递服务的智能末端服务设施，又称快递柜。
收件人通常凭短信取件码或扫描柜机屏幕上的二维码开箱取件。
按照有关管理规定，快递员使用智能快件箱投递，应当征得收件人同意。
运营企业应当合理设置免费保管期限，例如某企业20××年规定普通快件免费保管18小时。
""",
    ),
    dict(
        slug="download-parcel-locker-contract-html",
        site="绿叶资料站 (invented)",
        style="资料下载站",
        genre="合同",
        kind="other",
        form="html",
        source="http://www.lvyezl.example.net/soft/hetong/20440.html",
        title="小区智能快递柜场地租赁合同",
        record_title="小区智能快递柜场地租赁合同范本 免费下载",
        date=None,
        notes="old table-layout download station: file-info table, three mirror links, dead-link report; template placeholders (××××年××月××日) are not dates",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>小区智能快递柜场地租赁合同范本 免费下载 - 绿叶资料站</title></head><body>
<table width="960"><tr><td>⟦m 绿叶资料站 www.lvyezl.example.net⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table><tr><td>⟦m 资料大小：26KB⟧</td><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 更新时间：2025-04-27⟧</td></tr>
<tr><td>⟦m 资料等级：★★★★☆⟧</td><td>⟦m 下载次数：1207⟧</td><td>⟦m 授权方式：免费⟧</td></tr></table>
<h2>⟦t 小区智能快递柜场地租赁合同⟧</h2>
{BODY}
<table><tr><td>⟦a 电信下载1⟧</td><td>⟦a 联通下载2⟧</td><td>⟦a 本地高速下载⟧</td></tr></table>
<p>⟦a 下载地址无效？点此报告错误⟧</p>
<p>⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除。⟧</p>
</body></html>
""",
        body="""
出租方（甲方）：__________物业服务有限公司
承租方（乙方）：__________科技有限公司
第一条　甲方同意将小区__________位置的场地出租给乙方，用于安装智能快递柜，占地面积____平方米。
第二条　租赁期限自××××年××月××日起至××××年××月××日止。
第三条　乙方负责快递柜的安装、用电和日常维护，并保证设备消防安全。
第四条　乙方不得向业主收取超出公示标准的保管费用。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
""",
    ),
    dict(
        slug="app-parcel-locker-survey-report",
        site="公文笔记APP (invented)",
        style="范文APP",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.gwbiji.example.com/note/6f2a91",
        title="关于全县快递末端服务设施情况的调研报告",
        record_title="【调研报告】关于全县快递末端服务设施情况的调研报告（可编辑）",
        date="2025-09-15",
        notes="writing app share page: open-in-app prompt top and bottom, member-unlock inside the body, a hard wrap at 62 columns",
        page="""
!a 打开公文笔记APP，阅读体验更佳
!m 公文笔记 · 笔友“青衫客”分享
{T}
{BODY}
!a 开通会员解锁全部范文，新用户首月9.9元
!l 相关范文：快递进村工作总结｜寄递安全调研报告
""",
        wrap=62,
        indent="　　",
        body="""
为摸清全县快递末端服务设施建设运行情况，县邮政管理局会同县商务局于8月对城区和十二个乡镇开展了专题调研。
一、基本情况。全县现有智能快件箱三百一十组，快递驿站一百四十六个，城区住宅小区覆盖率达到百分之八十七。
⟦a 以下内容仅会员可见，点击开通⟧
二、存在问题。部分快递员未经同意将快件投入快件箱，部分柜机超时收费标准公示不清，乡镇设施布局不均衡。
三、意见建议。建议将快递末端设施纳入城市规划，督促企业落实投递前征得同意的规定。
县邮政管理局调研组
2025年9月15日
""",
    ),
    dict(
        slug="blog-locker-courier-diary",
        site="小林的慢生活 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://xiaolin-slowlife.example.blog/2025/10/courier-locker.html",
        title="替快递员朋友说几句话",
        record_title="替快递员朋友说几句话 | 小林的慢生活",
        date="2025-10-08",
        notes="blog: bracketed post time, tags, categories and archive in the sidebar, comment count; body speaks of 分享 as content",
        page="""
!m 小林的慢生活 — 记录平凡日子
{T}
!m [2025-10-08 22:14]　分类：随笔　阅读(63)　评论(4)
{BODY}
!l 标签：快递　邻里　随笔
!l « 上一篇：秋天的第一锅糖炒栗子　|　下一篇：楼下修鞋的老周 »
!l 文章归档：2025年10月(3)　2025年9月(5)
""",
        body="""
我家楼下的快递员小郑，每天要送三百多件快递。
有一次我问他为什么总是先打电话问能不能放快递柜，他说，不问就放，被投诉一次要扣好几十块。
可也有人嫌他电话太多，说直接放柜子就行，别打扰上班。
其实大家多一点体谅，在取件码短信里回个“可以”，就能省下他很多时间。
写下这些，想分享给同样每天收快递的朋友们。
""",
    ),
    dict(
        slug="snapshot-locker-fire-inspection-html",
        site="琨岭市消防救援支队 (invented) in a search cache",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soupage.example.com/c?u=http://xf.kunling.example.gov.cn/tz/5521.html",
        title="关于开展智能快递柜消防安全专项检查的通知",
        record_title="关于开展智能快递柜消防安全专项检查的通知",
        date="2025-11-04",
        notes="search-cache frame above the page: snapshot banner with a crawl time (not a date), highlighted-words line; the page's own header and footer",
        page="""
<html><head><meta charset="utf-8"><title>关于开展智能快递柜消防安全专项检查的通知</title></head><body>
<div class="cachebar">⟦m 这是 http://xf.kunling.example.gov.cn/tz/5521.html 的快照，抓取于 2025年11月20日 03:16:08⟧<br>⟦m 已高亮显示：快递柜　消防⟧ ⟦a 查看原网页⟧</div>
<div class="site">⟦m 琨岭市消防救援支队⟧</div>
<div class="crumb">⟦m 首页 / 通知公告⟧</div>
<h2>⟦t 关于开展智能快递柜消防安全专项检查的通知⟧</h2>
{BODY}
<div class="ft">⟦m 琨岭市消防救援支队主办　湘ICP备09022716号⟧</div>
</body></html>
""",
        body="""
各大队、各相关单位：
近期外地发生多起快递柜电气线路故障引发的火灾，为防范类似事故，支队决定开展智能快递柜消防安全专项检查。
一、检查对象为住宅小区、学校、写字楼设置的智能快件箱及其配电设施。
二、重点检查柜机是否占用疏散通道、电源线路是否私拉乱接、周边是否堆放可燃物。
三、专项检查自11月5日起至12月15日止。
琨岭市消防救援支队
2025年11月4日
""",
    ),
    dict(
        slug="assoc-express-locker-initiative",
        site="瑄田市快递行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.xtkdxh.example.org/xhdt/2025/1201/88.html",
        title="规范使用智能快件箱倡议书",
        record_title="【协会倡议】规范使用智能快件箱倡议书",
        date="2025-12-01",
        notes="association site: slogan, 会员登录 link, member-join prompt glued before a line, copyright footer",
        page="""
!m 瑄田市快递行业协会 | 服务会员 规范行业
!a 会员登录　入会申请
!m 协会动态 > 行业自律
{T}
!m 来源：协会秘书处　时间：2025-12-01
{BODY}
!d 本站文章版权归瑄田市快递行业协会所有
""",
        body="""
全市快递企业和广大从业人员：
为维护消费者合法权益，提升末端服务质量，协会向全行业发出如下倡议。
一是坚持按址投递，确需使用智能快件箱的，事先征得收件人同意。
二是对老年人、残疾人等特殊群体，主动提供送货上门服务。
⟦a 欢迎企业加入协会，点击在线申请⟧三是智能快件箱运营企业明示免费保管时长，不得变相提高收费。
瑄田市快递行业协会
2025年12月1日
""",
    ),
]
