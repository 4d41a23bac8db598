"""holdout29, part A: a weather-modification office, a forest-pest quarantine station, a
slaughterhouse summary on a 范文 site, a rural water-supply station's plan on a 文库, a choir's
account, an eyewear-industry town's news, a square-dance forum, a termite-control technician's blog,
a musical-instrument maker's OA minutes, a school-bus registration notice, a bird-protection
letter on a Q&A and a film-projection team's forwarded notice. All invented."""

CASES = [
    dict(
        slug="gov-yuchuan-weather-mod-html-contact",
        site="峪川县人民政府 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.yuchuan.example.gov.cn/zwgk/tzgg/202503/t20250314_88121.html",
        title="峪川县人工影响天气办公室关于开展2025年春季人工增雨作业的公告",
        record_title="峪川县人工影响天气办公室关于开展2025年春季人工增雨作业的公告_通知公告_峪川县人民政府",
        date="2025-03-13",
        date_also=["2025-03-14"],
        notes="modern portal template: nav, search, elder-mode and font buttons, a sidebar, footer with 网站标识码 and a 政务服务热线 beside the office's own 联系人/电话 in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>峪川县人工影响天气办公室关于开展2025年春季人工增雨作业的公告_通知公告_峪川县人民政府</title>
<script>var _pv = {site: 'yuchuan', col: 'tzgg'};</script></head>
<body>
<div class="toolbar"><span>⟦a 长辈版⟧</span> <span>⟦a 无障碍浏览⟧</span> <span>⟦a 登录个人中心⟧</span></div>
<header><div class="logo">⟦m 峪川县人民政府⟧</div><div class="slogan">⟦m 山水峪川 · 宜居之城⟧</div></header>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 走进峪川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul></nav>
<div class="crumb">⟦m 您所在的位置：首页 » 政务公开 » 通知公告⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="attr">⟦m 信息来源：县人影办　发布时间：2025-03-14 08:30　浏览量：[ 1207 ]⟧</div>
<div class="fontsize">⟦a 字号：[ 特大 ] [ 标准 ] [ 偏小 ]⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印此页】　【关闭窗口】　【返回顶部】⟧</div>
<div class="sharebar">⟦l 转发至：微博 | 微信 | QQ空间⟧</div>
</div>
<aside><h4>⟦l 最新公告⟧</h4><ul><li>⟦l 峪川县2025年春季造林绿化任务分解表⟧</li><li>⟦l 关于县城部分路段临时交通管制的通告⟧</li></ul></aside>
<footer>
<p>⟦m 主办单位：峪川县人民政府办公室　承办：县政务数据中心⟧</p>
<p>⟦m 政务服务便民热线：12345　网站标识码：5130210007⟧</p>
<p>⟦m 蜀ICP备13005521号-2⟧</p>
<p>⟦d 本网站所刊内容未经书面同意不得转载⟧</p>
</footer>
<script>document.write('<img src="//stat.example.cn/c.gif">');</script>
</body></html>
""",
        body="""
为缓解当前旱情，增加库塘蓄水，县人工影响天气办公室定于2025年3月15日至5月31日，在适宜天气条件下开展人工增雨作业。现将有关事项公告如下：
一、作业期间，将在县内石门、桂坪、岩口、长滩四个固定作业点使用火箭发射装置实施作业，作业时段视天气情况确定。
二、作业点周边半径五百米范围内为安全警戒区，请群众不要靠近，不要在警戒区内放牧、采伐或逗留。
三、如发现未爆炸的火箭弹残骸，请不要触摸、拆卸或私自收藏，应立即报告当地乡镇人民政府或拨打下列电话。
联系人：周德成　联系电话：0838-6612307
特此公告。
峪川县人工影响天气办公室
2025年3月13日
""",
    ),
    dict(
        slug="gov-zhiyang-pine-quarantine-wrapped-cn-date",
        site="芷阳县林业局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://lyj.zhiyang.example.gov.cn/xxgk/gsgg/2025/0409/3316.html",
        title="关于加强松材线虫病疫木管控的通告",
        record_title=None,
        date="2025-04-09",
        notes="no record title (found under the breadcrumb); text hard-wrapped at 62 columns; a checkpoint table kept; date in Chinese numerals under the signature",
        wrap=62,
        indent="\u3000\u3000",
        page="""
!m 芷阳县林业局　政府信息公开专栏
!m 位置：首页＞信息公开＞公示公告
关于加强松材线虫病疫木管控的通告
!m 索引号：11433827MB1C/2025-00412　公开方式：主动公开
{BODY}
!a 〖打印〗〖收藏〗〖关闭〗
!l ◁ 前一条：芷阳县2025年森林防火期禁火令
!l ▷ 后一条：关于公布县级公益林补偿资金发放情况的公示
!m 芷阳县林业局主办　地址：芷阳县城东路9号　电话：0739-5521780
""",
        body="""
为防止松材线虫病传播蔓延，保护全县森林资源安全，根据《植物检疫条例》等有关规定，芷阳县林业有害生物防治检疫站现就加强疫木管控有关事项通告如下：
一、禁止任何单位和个人非法采伐、运输、销售、加工和使用疫区松木及其制品。
二、凡调运松木及其制品，必须持有植物检疫证书，并经检查站查验后方可通行。
三、全县设立三处临时检疫检查站，具体如下：
检查站名称　设置地点　值守时间
北口检查站　县道X211线北口村　全天
石桥检查站　省道S318线石桥镇　全天
龙潭检查站　县道X205线龙潭乡　7时至19时
四、对违反本通告的，由林业主管部门依法予以处罚；构成犯罪的，依法追究刑事责任。
五、欢迎社会各界监督举报，举报电话：0739-5521766。
芷阳县林业局
二〇二五年四月九日
""",
    ),
    dict(
        slug="fanwen-bigeng-slaughter-summary-glued-writing-prompt",
        site="笔耕范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.bigengfw.example.com/zongjie/gongzuo/20250118/56120.html",
        title="2024年生猪定点屠宰场质量安全工作总结",
        record_title="2024年生猪定点屠宰场质量安全工作总结（精选3篇）-笔耕范文网",
        date=None,
        notes="范文 site: crumb, upload stamp, a writing-service prompt on its own line between paragraphs and a copy prompt glued after a 。; related list; no date (year only in the title)",
        indent="\u3000\u3000",
        page="""
!m 笔耕范文网 — 写材料，先来笔耕
!m 导航：笔耕范文网 / 工作总结 / 单位工作总结
!t 2024年生猪定点屠宰场质量安全工作总结（精选3篇）
!m 小编：秋禾　更新于：2025-01-18　热度：2864℃
!a 一键下载本篇（含3篇）
{BODY}
!a ↓↓↓ 点此下载完整Word文档 ↓↓↓
!l 猜你喜欢：
!l 2024年畜牧兽医站工作总结范文
!l 屠宰企业负责人年度述职报告
!l 食品安全示范店创建工作总结（通用版）
!d 声明：本站文章来自网友投稿，版权归原作者所有，如有侵权请联系删除。
""",
        body="""
2024年，我场在县农业农村局的指导下，坚持“质量第一、安全至上”的理念，严格落实生猪屠宰质量管理各项制度，全年共屠宰生猪四万三千余头，未发生一起质量安全事故。
一、严把入场查验关。对每批次入场生猪查验动物检疫证明，核对耳标，询问运输途中情况，全年拒收证物不符生猪十一批次。
二、严格落实肉品品质检验。配备专职品质检验人员六名，对头、胴体、内脏等进行同步检验，检验合格的加盖检验合格章，出具肉品品质检验合格证。
⟦w 材料写不出来？资深写手一对一代笔，微信搜“笔耕小助手”⟧
三、规范无害化处理。对病死猪及病害产品全部按规定进行无害化处理，建立处理台账，做到来源可查、去向可追。⟦a 本文已锁定复制，开通会员后可随意复制⟧
四、加强“瘦肉精”等风险物质检测。全年自检尿样三千二百余份，均为阴性。
2025年，我场将继续完善质量管理体系，加快冷链配送设施改造，为群众提供安全放心的肉品。
""",
    ),
    dict(
        slug="wenku-qinjiang-water-supply-plan-pdf-markers",
        site="千页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qianyewk.example.com/p-8812093771.html",
        title="溱江县农村供水总站2025年度供水保障工作方案",
        record_title="溱江县农村供水总站2025年度供水保障工作方案.pdf",
        date="2025-05-06",
        notes="文库 preview: file-name title, page markers ⁅n⁆ cutting sentences (glued or not), an upload notice, a preview-end prompt and a points price; numbered list and 联系人 kept",
        indent="\u3000\u3000",
        pages=dict(fmt="⁅{n}⁆", every=160, start=2, glue="mix"),
        page="""
!m 千页文库 | 办公文档 | 水利水务
!t 溱江县农村供水总站2025年度供水保障工作方案.pdf
!m 页数：6　大小：312KB　上传者：qj_shuiwu　下载券：3
!d 本文档由用户自行上传分享，平台不对其内容的准确性负责，如涉及侵权请提交申诉。
{BODY}
!a ——— 预览到此为止，剩余内容需使用3个下载券获取 ———
!a 立即下载　|　加入收藏夹　|　举报
!l 同分类热门：农村饮水安全工程运行管理办法 · 水厂安全生产应急预案
""",
        body="""
为确保全县农村群众喝上放心水、稳定水，结合我站实际，制定本方案。
一、工作目标。全年农村集中供水率稳定在百分之九十五以上，水质达标率不低于百分之九十，供水管网漏损率控制在百分之十五以内。
二、重点任务。（一）加强水源保护，对全县十四处千人以上供水工程水源地设立保护标志，每季度开展一次巡查。（二）强化水质检测，县水质检测中心每月对各水厂出厂水进行检测，每半年开展一次全分析检测。（三）做好应急供水，储备应急发电机、移动净水设备和送水车辆，遇停水超过十二小时的，及时启动送水。
三、保障措施。各片区供水所要落实专人负责，建立维修服务台账，接到报修后两小时内到达现场。
四、联系方式。联系人：龚小春，联系电话：0745-3308126。
溱江县农村供水总站
2025年5月6日
""",
    ),
    dict(
        slug="wechat-pucheng-choir-letter-account-line",
        site="璞城合唱团公众号镜像 (invented)",
        style="公众号镜像",
        genre="公开信",
        kind="letter",
        form="html",
        source="https://mp.example-mirror.com/s/PuChengHeChang_20250103",
        title="致全县合唱爱好者的一封信",
        record_title="致全县合唱爱好者的一封信",
        date="2025-01-03",
        notes="WeChat mirror: 原创 tag, account line with its date (taken as the page's date), a 'tap the blue words' prompt, reward and 在看 rows; a sentence telling readers to scan a code to sign up kept in the body",
        p_html='<section style="margin:8px 0;"><p><span style="font-size:15px;">{}</span></p></section>',
        page="""
<html><head><meta charset="utf-8"><title>致全县合唱爱好者的一封信</title>
<style>.rich_media_title{font-size:22px}</style></head><body>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 璞城县合唱团⟧</span> <em>⟦m 2025年01月03日 18:20　璞城⟧</em></div>
<p>⟦a 点击上方蓝字“璞城县合唱团”，和我们一起歌唱⟧</p>
<div id="js_content">
{BODY}
</div>
<p>⟦m 编辑 / 钟晓禾　审核 / 吕望舒⟧</p>
<div class="reward">⟦a 喜欢作者，请他喝杯奶茶⟧</div>
<div class="bottom">⟦l 分享 · 收藏 · 点赞 · 在看⟧</div>
<div class="more">⟦l 往期推荐：合唱团2024年度汇报演出精彩回顾⟧</div>
<p>⟦d 本页为公众号文章镜像，版权归原公众号所有⟧</p>
</div></body></html>
""",
        body="""
亲爱的合唱爱好者们：
新的一年，璞城县合唱团向大家致以诚挚的问候！
过去一年，合唱团在县文化馆的支持下，走进十二个乡镇、二十余所学校开展公益演出，让歌声飘进了田间地头和校园课堂。
为进一步壮大合唱队伍，合唱团今年将面向全县招募新团员，凡热爱歌唱、年满十六周岁、能坚持每周参加一次排练的朋友均可报名。
报名的朋友请扫描文末二维码填写报名表，也可以在每周六下午到县文化馆三楼排练厅现场报名。
让我们用歌声传递温暖，用和声凝聚力量，一起唱响新时代的璞城之歌！
璞城县合唱团
""",
    ),
    dict(
        slug="news-linxi-eyewear-town-caption-between",
        site="蔺溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.linxinews.example.cn/xw/jj/202506/t20250620_412231.shtml",
        title="蔺溪眼镜产业园上半年出口额同比增长两成",
        record_title="蔺溪眼镜产业园上半年出口额同比增长两成_蔺溪新闻网",
        date="2025-06-20",
        notes="news portal: channel nav, a byline with 发布时间 (the date), a photo caption between paragraphs, 责任编辑 after the text, a hot-news list and a report-illegal-content footer",
        page="""
<html><head><meta charset="utf-8"><title>蔺溪眼镜产业园上半年出口额同比增长两成_蔺溪新闻网</title></head>
<body>
<div class="topbar">⟦m 蔺溪新闻网 — 蔺溪县委宣传部主管⟧ ⟦a 手机版⟧ ⟦a 投稿入口⟧</div>
<div class="channel">⟦m 要闻 · 经济 · 民生 · 乡镇 · 视频 · 专题⟧</div>
<div class="path">⟦m 蔺溪新闻网 &gt; 经济 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-06-20 16:42:05　来源：蔺溪融媒　记者：邢楚楠 通讯员：戴一鸣⟧</div>
<div class="content">
<p>6月19日，记者走进蔺溪眼镜产业园，只见各生产车间一派繁忙景象，一批批镜架正在打包装箱，准备发往欧洲和东南亚市场。</p>
<p>据园区管委会介绍，今年1至5月，园区规模以上企业实现出口额三亿一千万元，同比增长百分之二十一。</p>
<p class="pic-note">⟦m 图为工人在镜架抛光车间作业。蔺溪融媒记者 邢楚楠 摄⟧</p>
<p>增长的背后，是企业在设计研发上的持续投入。园区内十七家企业设立了设计中心，今年以来新申请外观专利一百二十余项。</p>
<p>园区还联合县职业中专开设眼镜制造专业班，每年为企业输送技术工人二百余名。</p>
<p>下一步，园区将加快建设眼镜检测公共服务平台，帮助中小企业降低检测成本，进一步拓展海外市场。</p>
</div>
<div class="editor">⟦m 【责任编辑：卢文静】⟧</div>
<div class="hot"><h3>⟦l 热点新闻⟧</h3><ul><li>⟦l 蔺溪县启动夏季“清凉护航”行动⟧</li><li>⟦l 全县首座智慧停车场投入使用⟧</li></ul></div>
<div class="foot">⟦m 违法和不良信息举报电话：0596-8800110⟧<br>⟦d Copyright © 蔺溪县融媒体中心 版权所有⟧</div>
</body></html>
""",
        body="""
6月19日，记者走进蔺溪眼镜产业园，只见各生产车间一派繁忙景象，一批批镜架正在打包装箱，准备发往欧洲和东南亚市场。
据园区管委会介绍，今年1至5月，园区规模以上企业实现出口额三亿一千万元，同比增长百分之二十一。
增长的背后，是企业在设计研发上的持续投入。园区内十七家企业设立了设计中心，今年以来新申请外观专利一百二十余项。
园区还联合县职业中专开设眼镜制造专业班，每年为企业输送技术工人二百余名。
下一步，园区将加快建设眼镜检测公共服务平台，帮助中小企业降低检测成本，进一步拓展海外市场。
""",
    ),
    dict(
        slug="forum-hengshan-square-dance-notice-junk",
        site="珩山论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.hengshan.example.com/thread-301877-1-1.html",
        title="关于规范城区广场舞活动时间和音量的通知",
        record_title="[通知] 关于规范城区广场舞活动时间和音量的通知 - 舞友之家 - 珩山论坛",
        date="2025-05-17",
        date_also=["2025-05-18"],
        notes="forum thread: anti-scraping junk glued and on lines, a 发表于 line (post date also accepted), the association's own date under the signature, a signature line and reply box",
        junk=dict(lines=1, glued=3),
        page="""
!m 珩山论坛 › 生活休闲 › 舞友之家
!t [通知] 关于规范城区广场舞活动时间和音量的通知
!m 楼主：青山舞者　积分 2310　|　发表于 2025-5-18 07:52　|　只看该作者
{BODY}
!m 个性签名：跳出健康，跳出快乐 ~
!l 回复 引用 举报 | 支持(18) 反对(0)
!l 快速回复：说点什么吧……
!a 您需要登录后才可以回帖　登录 | 立即注册
""",
        body="""
各广场舞队：
近期，部分市民反映城区个别广场舞队活动时间过早、音响音量过大，影响周边居民休息。为兼顾群众健身需求和居民正常生活，经县广场舞协会研究，现就有关事项通知如下。
一、活动时间。早上活动不早于7时，晚上活动不晚于21时，中考、高考期间晚上暂停使用音响。
二、音量控制。各舞队音响音量不得超过六十分贝，协会将为各队免费配发分贝测试仪。
三、场地使用。各舞队按协会协调的场地和时段活动，不得占用消防通道和盲道。
四、请各队长将本通知转告全体队员，共同营造文明和谐的健身环境。
珩山县广场舞协会
2025年5月17日
""",
    ),
    dict(
        slug="blog-termite-tech-experience-tags-archive",
        site="白蚁老周的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://blog.example-host.cn/laozhou_baiyi/article/20241102.html",
        title="从事白蚁防治工作十年的几点体会",
        record_title="从事白蚁防治工作十年的几点体会 - 白蚁老周的博客 - 新浪风格博客",
        date="2024-11-02",
        notes="blog: a bracketed post time (the page's date), read/comment counts, tags and archive under the text, a comment box; sentences about 下载 an app and 扫码 kept as content",
        gap=True,
        page="""
!m 白蚁老周的博客
!m 一个和白蚁打了十年交道的人
!t 从事白蚁防治工作十年的几点体会
!m [2024-11-02 21:15]　分类：工作随笔　阅读(312)　评论(4)
{BODY}
!l 标签：白蚁防治 工作体会 基层
!l 博文归档：2024年11月(3) 2024年10月(5) 2024年9月(2)
!l ← 上篇博文：雨季过后要注意检查木门框　下篇博文：没有了 →
!l 发表评论：昵称 ________ 验证码 ____ 〔提交〕
!d 博主声明：本博客文章均为原创，转载请注明出处。
""",
        body="""
不知不觉，我在县白蚁防治所已经工作整整十年了。
刚参加工作时，我以为白蚁防治就是喷喷药，后来才知道，找蚁路、判巢位、选药剂，每一步都有学问。
第一点体会是要勤跑现场。白蚁危害往往藏在木地板下、门框里，只有一处一处敲、一处一处看，才能找准危害点。
第二点体会是要讲清道理。很多群众觉得白蚁是小事，我们就把典型案例拍成照片，挨家挨户讲解预防知识。
第三点体会是要跟上新技术。现在所里推广监测控制系统，群众下载“白蚁监测”手机应用，扫码就能查看自家监测点的情况。
十年来，我最大的收获是学会了把群众的小事当成自己的大事。
""",
    ),
    dict(
        slug="oa-xingzhou-instrument-minutes-table-layout",
        site="荇州民族乐器厂内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.xzyueqi.example.local/doc/view.asp?id=20250703",
        title="二季度安全生产工作会议纪要",
        record_title="二季度安全生产工作会议纪要",
        date="2025-07-03",
        date_also=["2025-07-01"],
        notes="old table-layout intranet: a user bar, a left menu, a document-info table (文号 neutral), 时间/地点/主持/参会/记录 lines kept, an approval trail and an intranet copyright line",
        p_html="<tr><td class=\"txt\">{}</td></tr>",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>荇州民族乐器厂协同办公平台</title></head>
<body>
<table width="100%"><tr><td>⟦m 荇州民族乐器厂协同办公平台⟧</td><td align="right">⟦a 当前用户：安全科 彭立 [注销]⟧</td></tr></table>
<table width="100%"><tr>
<td width="160" valign="top">
<table><tr><td>⟦l 待办公文(3)⟧</td></tr><tr><td>⟦l 已办公文⟧</td></tr><tr><td>⟦l 通讯录⟧</td></tr><tr><td>⟦l 规章制度⟧</td></tr></table>
</td>
<td valign="top">
<table>
<tr><td>{T}</td></tr>
<tr><td>荇乐安纪〔2025〕6号</td></tr>
<tr><td>⟦m 拟稿：安全科　审核：副厂长 谢永安　印发日期：2025-07-03⟧</td></tr>
{BODY}
</table>
<table><tr><td>⟦m 流转记录：安全科 彭立 起草 → 副厂长 谢永安 审核 → 办公室 分发⟧</td></tr></table>
<table><tr><td>⟦a [打印正文] [下载附件] [返回列表]⟧</td></tr></table>
</td></tr></table>
<div align="center">⟦d 内部资料 严禁外传　荇州民族乐器厂信息中心维护⟧</div>
</body></html>
""",
        body="""
时间：2025年7月1日上午9时
地点：厂部二楼会议室
主持：谢永安
参会：各车间主任、安全员，安全科、设备科、办公室负责人
记录：彭立
会议听取了各车间二季度安全生产情况汇报，分析了当前存在的问题，部署了三季度重点工作。纪要如下：
一、二季度全厂未发生安全生产事故。木料烘干房温控设备老化、油漆车间通风不足等问题已列入整改清单。
二、三季度正值高温季节，油漆、烘干等岗位要落实防暑降温措施，严禁违规使用明火。
三、设备科于7月20日前完成全部带锯、刨床安全防护装置的检查，检查结果报安全科备案。
四、各车间每月组织一次消防演练，新进员工未经安全培训不得上岗。
荇州民族乐器厂办公室
2025年7月3日
""",
    ),
    dict(
        slug="edu-huanxi-school-bus-registration-attachments",
        site="洹溪县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.huanxi.example.gov.cn/tzgg/20250820/1190.html",
        title="关于做好秋季学期校车乘车登记工作的通知",
        record_title="关于做好秋季学期校车乘车登记工作的通知",
        date="2025-08-20",
        notes="education portal: a 附件 list and the school-bus centre's own 联系电话 kept next to the bureau's 监督电话 footer; chrome between paragraphs (a download-attachment box)",
        indent="\u3000\u3000",
        page="""
!m 洹溪教育信息网
!m 首页 → 通知公告 → 正文
{T}
!m 作者：县校车服务中心　日期：2025-08-20　点击：542次
{BODY}
!a 【字体：大 中 小】【打印本页】【关闭】
!l 相关通知：关于2025年秋季开学安全检查的通知
!m 教育督导监督电话：0371-6653012　邮箱：hxjy@example.cn
!m 豫ICP备09013377号
""",
        body="""
各中小学、幼儿园：
为保障学生上下学乘车安全，县校车服务中心将于8月25日至8月31日开展秋季学期校车乘车登记工作，现将有关事项通知如下。
一、各学校要通过班主任告知家长，家长可以在学校领取或在本网站下载打印乘车登记表，如实填写学生住址和乘车站点。
二、各学校于9月1日前将汇总表报送县校车服务中心，中心将据此调整线路和站点。
⟦a 📎 附件下载区：点击文件名即可下载⟧
三、联系人：邱雪梅，联系电话：0371-6653228。
附件：1.洹溪县校车乘车登记表
2.秋季学期校车线路及站点一览表
洹溪县教育体育局
2025年8月20日
""",
    ),
    dict(
        slug="qa-zhidaoba-bird-station-thanks-letter-placeholder",
        site="知道吧问答 (invented)",
        style="问答社区",
        genre="感谢信",
        kind="letter",
        form="text",
        source="https://zhidaoba.example.com/question/77201456.html",
        title="给候鸟保护站的感谢信怎么写？",
        record_title="给候鸟保护站的感谢信怎么写？急求范文 - 知道吧",
        date=None,
        notes="Q&A: a question with a bounty, an answer with a sample letter ending in ××××年×月×日 (a placeholder, no date), 回答于 with a relative time, an adopt button and other questions",
        page="""
!m 知道吧 > 社会民生 > 公益
!t 给候鸟保护站的感谢信怎么写？急求范文
!m 提问者：匿名　悬赏 15 金币　浏览 1,203
!m 最佳答案　答主：写作小能手　回答于 3小时前
{BODY}
!a 👍 有用(26)　👎 没用(1)　⭐ 收藏回答
!l 其他回答（2）
!l 相关问题：给护林员的感谢信怎么写？
!l 相关问题：观鸟活动总结怎么开头？
!w 还没解决？ 向专业写手提问，平均10分钟回复
""",
        body="""
给你一个参考，按实际情况改一下就可以用。
感谢信
芦荡湾候鸟保护站全体工作人员：
今年秋天，我校五年级学生在贵站开展了观鸟研学活动。活动中，工作人员耐心讲解候鸟迁徙知识，带领孩子们认识了白鹭、苍鹭等二十多种鸟类。
孩子们回校后纷纷写下观鸟日记，很多同学表示长大后也要成为保护候鸟的志愿者。
在此，我们谨向贵站表示衷心的感谢！
××小学五年级组
××××年×月×日
""",
    ),
    dict(
        slug="mail-qinyang-film-team-fwd-own-attachments",
        site="芩阳县文化馆邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://wenhuaguan.qinyang.example.cn/inbox/20250604-0932",
        title="关于做好2025年农村公益电影放映工作的通知",
        record_title="Fwd: 关于做好2025年农村公益电影放映工作的通知",
        date="2025-06-02",
        date_also=["2025-06-04"],
        notes="forwarded mail: a forwarder's note, mail headers (sender, recipients, send time — the document date is expected, the mail date accepted), the mail's attachment header, and the notice's own 附件 list and 抄送 版记 kept",
        page="""
!m 发件人：县农村电影放映队 <fangying@qinyang.example.cn>
!m 收件人：各乡镇综合文化站
!m 时　间：2025年6月4日（星期三）上午9:32
!m 主　题：Fwd: 关于做好2025年农村公益电影放映工作的通知
!a 附件（2个）：放映场次安排表.xlsx　放映情况登记表.docx　［全部下载］
各站：转发县文广旅局通知，请遵照执行，回执周五前发回。——放映队 沈
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由芩阳县政务邮箱系统发出，如非本人请立即删除，不得传播。
""",
        body="""
各乡镇综合文化站、县农村电影放映队：
为丰富农村群众精神文化生活，根据省市有关要求，现就做好2025年农村公益电影放映工作通知如下。
一、放映任务。全年完成公益电影放映二千六百场，保证每个行政村每月放映一场。
二、片目选择。放映片目应以主旋律、科普和戏曲影片为主，科普影片不少于总场次的三分之一。
三、放映管理。放映员要在每场放映前后通过监管平台签到，上传现场照片，不得虚报场次。
四、请各乡镇于6月15日前将放映场次安排表报县文广旅局。
附件：1.放映场次安排表
2.放映情况登记表
芩阳县文化广电和旅游局
2025年6月2日
抄送：县委宣传部，县财政局。
""",
    ),
]
