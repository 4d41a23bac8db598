"""holdout25, part A: a termite-control station, an ancient-tree office, an establishment
office, a sugar mill, an aquarium, amateur astronomers, a sea-cucumber farm, an equestrian
association, a puppet troupe, a science museum, a telecom-tower company and a used-car
market. Invented text throughout (places, people, sites, numbers); see ../README.md."""

CASES = [
    dict(
        slug="gov-luanxi-termite-notice-duty-line",
        site="栾溪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.luanxi.example.gov.cn/zwgk/tzgg/202504/t20250409_5521.html",
        title="关于开展春季房屋白蚁危害普查的通知",
        date="2025-04-08",
        notes="county portal: breadcrumb in arrows, a views/size row, a 'share to' row, 前条/后条 links; the station's own 联系人/电话 kept beside the portal's 值班电话 footer",
        page="""
!m 栾溪县人民政府 欢迎您
!m 首页 >> 政务公开 >> 通知公告
{T}
!m 时间：2025-04-09 10:12　点击数：[ 336 ]　字号：〔大〕〔中〕〔小〕
!m 发文单位：县白蚁防治所
{BODY}
!l 转到：微信好友　QQ空间　微博
!l 【前条】县住建局关于农房安全巡查的提醒
!l 【后条】关于2025年度燃气安全宣传月活动安排
!m 栾溪县人民政府办公室主办　县大数据中心承办　政府值班电话：0743-6210000
!m 网站标识码 4331270009　湘ICP备1803372号-1
""",
        body="""
各乡镇人民政府，县直各单位，各物业服务企业：
春季气温回升，白蚁进入分飞繁殖期。为及时掌握全县房屋白蚁危害情况，县白蚁防治所决定于4月中旬至5月底开展春季房屋白蚁危害普查。现将有关事项通知如下。
一、普查范围：城区老旧小区、中小学校舍、文物古建筑和沿河木结构民居。
二、普查方式：由防治所技术人员会同属地单位逐栋查看门框、地板、楼梯等易受害部位，发现蚁路、分飞孔的及时登记拍照。
三、有关要求：各单位要指定一名联络员，于4月15日前报送防治所；普查中发现严重危害的，要立即设置警示标识，防止发生安全事故。
联系人：谭永春　电话：0743-6218845
栾溪县白蚁防治所
2025年4月8日
""",
    ),
    dict(
        slug="gov-duanshan-ancient-tree-html-index-table",
        site="椴山市林业局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="https://lyj.duanshan.example.gov.cn/xxgk/gsgg/202506/t20250612_118.html",
        title="椴山市第三批古树名木认定结果公告",
        record_title=None,
        date="2025-06-12",
        notes="modern 信息公开 template, no record title; an index table (索引号, 发布机构 meta; 文号 neutral); a table of trees one row a paragraph; 扫一扫 box; footer with 网站地图 and 纠错",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>椴山市第三批古树名木认定结果公告-椴山市林业局</title>
<script>var siteId='lyj01';</script><style>.idx td{border:1px solid #ccc}</style></head><body>
<header><div class="logo">⟦m 椴山市林业局⟧</div><nav>⟦m 首页 | 机构概况 | 信息公开 | 政务服务 | 互动交流⟧</nav></header>
<div class="crumb">⟦m 您所在的位置：首页 › 信息公开 › 公示公告⟧</div>
<table class="idx">
<tr><td>⟦m 索引号：11431700MB1C2231X/2025-00418⟧</td><td>⟦m 发布机构：市林业局⟧</td></tr>
<tr><td>椴林发〔2025〕17号</td><td>⟦m 发布日期：2025-06-12⟧</td></tr>
</table>
<h1>⟦t 椴山市第三批古树名木认定结果公告⟧</h1>
<div class="tools">⟦a 【打印本页】【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="qr">⟦a 扫一扫在手机打开当前页⟧</div>
<aside><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 市林业局关于做好松材线虫病秋季普查的通知⟧</li><li>⟦l 全市义务植树基地名单公示⟧</li></ul></aside>
<footer><p>⟦m 网站地图　｜　联系我们　｜　我要纠错⟧</p><p>⟦m 主办：椴山市林业局　网站标识码：4317000031⟧</p><p>⟦d 本网站所载内容未经书面授权不得转载⟧</p></footer>
</body></html>
""",
        body="""
根据《古树名木保护条例》和省古树名木认定有关规定，经各县（市、区）普查申报、专家现场鉴定和社会公示，现将椴山市第三批古树名木认定结果公告如下。
本批共认定古树名木二十三株，其中一级古树四株、二级古树七株、三级古树十一株、名木一株。
编号　树种　树龄（年）　位置　等级
DS-3-001　银杏　520　石门镇观音堂村　一级
DS-3-002　樟树　360　桦湾乡中心小学　二级
DS-3-003　枫香　210　青竹街道老街口　三级
各地要按照属地管理原则，逐株明确养护责任单位，设立保护标志，落实日常巡护。
椴山市林业局
2025年6月12日
""",
    ),
    dict(
        slug="fanwen-zhuanzhi-bianban-report-writing-ad",
        site="笔耕范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.bigengfw.example.com/shuzhi/2025/88213.html",
        title="县委编办主任2024年度述职报告",
        record_title="【精选】县委编办主任2024年度述职报告（通用2篇）",
        date=None,
        notes="范文 site: decorated title, a copy-lock line, a writing-service prompt glued after a sentence and a member prompt between paragraphs; a year only in the title: no date",
        page="""
!m 笔耕范文网 — 写材料，不再熬夜
!m 当前所在：范文大全 / 述职报告 / 领导述职
!t 【精选】县委编办主任2024年度述职报告（通用2篇）
!m 更新：2小时前　热度 1.9万
!a 本文禁止复制，开通会员后可一键导出
{BODY}
!l 延伸阅读：
!l 1. 机构编制工作个人总结范文
!l 2. 事业单位改革调研报告汇编
!d 声明：本站范文均来源于会员投稿，版权归原作者，如有侵权请联系删除。
""",
        body="""
一年来，在县委的坚强领导和上级编办的精心指导下，我认真履行机构编制部门主要负责人职责，现将有关情况报告如下。
一、聚焦中心，服务改革大局。牵头完成乡镇机构设置调整，优化了十二个乡镇的内设机构，推动编制资源向基层一线倾斜。⟦w 找人代笔述职报告，专业团队一对一，V：bg-wenmi88⟧
二、严格管理，守住编制红线。坚持总量控制、严控增量，全年办理编制使用审批六十一件，未发生超编进人问题。
⟦a 会员专享：剩余2篇范文登录后免费查看⟧
三、从严律己，落实廉政责任。带头遵守中央八项规定精神，主动接受组织和群众监督。
下一步，我将继续加强学习，努力在机构编制工作中展现新作为。
""",
    ),
    dict(
        slug="wenku-zhitang-sugar-plan-markers-docx",
        site="知档文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhidang.example.com/view/5f1c9a2e77d1.html",
        title="蔻岭糖业公司2024/2025年榨季安全生产工作方案",
        record_title="蔻岭糖业公司2024-2025年榨季安全生产工作方案.docx",
        date="2024-10-25",
        notes="paid preview: file-name record title; page markers ꒰n꒱ glued or not cut sentences; preview-end prompt; 成文日期 in Chinese numerals",
        indent="　　",
        pages=dict(fmt="꒰{n}꒱", every=80, start=2, glue="mix"),
        page="""
!m 知档文库 > 企业管理 > 安全生产
!m 页数：6　大小：41.2KB　格式：DOCX
!a 下载本文档需 8 知币　｜　加入文件夹　｜　举报
{BODY}
!a —— 预览已到末页，完整文档请下载后阅读 ——
!l 同类文档推荐：制糖企业压力容器检查表　甘蔗入厂验收管理办法
""",
        body="""
为确保新榨季生产安全有序，防止各类生产安全事故发生，结合公司实际，制定本方案。
一、工作目标。榨季期间不发生一般及以上生产安全事故，不发生职业病危害事件，重大隐患整改率达到百分之百。
二、重点任务。一是开榨前组织对锅炉、压力容器、蒸发罐和起重设备开展全面检验；二是加强甘蔗运输车辆进出厂管理，设置专人指挥；三是落实糖仓、蔗渣场防火措施，配齐消防器材。
三、保障措施。公司成立榨季安全生产领导小组，由总经理任组长，各车间主任为本车间安全第一责任人。
四、考核奖惩。对安全工作成绩突出的班组给予奖励，对发生事故的单位实行一票否决。
蔻岭糖业有限责任公司
二〇二四年十月二十五日
""",
    ),
    dict(
        slug="news-hanshui-aquarium-caption-editor-glued",
        site="菡水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hanshuinews.example.com/city/2025-07/16/content_90231.html",
        title="菡水海洋馆推出夜宿科普课堂",
        record_title="菡水海洋馆推出夜宿科普课堂_城事_菡水新闻网",
        date="2025-07-16",
        notes="news portal: 发布时间 byline is the date; a photo caption between paragraphs; an editor line glued after the last paragraph; 24-hour hot list; an app download bar",
        page="""
<html><head><meta charset="utf-8"><title>菡水海洋馆推出夜宿科普课堂_城事_菡水新闻网</title></head><body>
<div id="topbar">⟦a 下载菡水新闻客户端，随时随地看本地⟧　⟦a 登录　注册⟧</div>
<div id="nav">⟦m 首页　城事　区县　财经　文旅　视频　专题⟧</div>
<div class="article">
<h1>⟦t 菡水海洋馆推出夜宿科普课堂⟧</h1>
<div class="byline">⟦m 发布时间：2025-07-16 08:35　来源：菡水晚报　记者 邬晴⟧</div>
<p>本报讯　暑假来临，菡水海洋馆推出“夜宿海洋馆”科普课堂，首批六十名小学生日前在海底隧道旁度过了一个特别的夜晚。</p>
<p>当晚，驯养师向孩子们讲解了海龟的洄游习性和鲨鱼的捕食方式，孩子们还在灯光调暗后观察了水母发光的过程。</p>
<p class="pic">⟦m 图为孩子们在海底隧道观察鱼群。（通讯员 供图）⟧</p>
<p>海洋馆负责人介绍，夜宿课堂每周末开设两期，每期限额六十人，家长可在海洋馆官方服务号预约。</p>
<p>课程结束后，每名学生还将领到一本观察手册，记录自己看到的海洋生物。⟦m 【责任编辑：葛一帆】⟧</p>
</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 城西快速路下月起实行潮汐车道⟧</li><li>⟦l 菡水站新增三趟始发列车⟧</li></ol></div>
<div class="footer">⟦d 菡水新闻网版权所有，未经许可不得转载、摘编⟧<br>⟦m 互联网新闻信息服务许可证：43120190021⟧</div>
</body></html>
""",
        body="""
本报讯　暑假来临，菡水海洋馆推出“夜宿海洋馆”科普课堂，首批六十名小学生日前在海底隧道旁度过了一个特别的夜晚。
当晚，驯养师向孩子们讲解了海龟的洄游习性和鲨鱼的捕食方式，孩子们还在灯光调暗后观察了水母发光的过程。
海洋馆负责人介绍，夜宿课堂每周末开设两期，每期限额六十人，家长可在海洋馆官方服务号预约。
课程结束后，每名学生还将领到一本观察手册，记录自己看到的海洋生物。
""",
    ),
    dict(
        slug="forum-xingkong-meteor-pledge-junk",
        site="星空同好论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.xingkongth.example.net/thread-40917-1-1.html",
        title="关于文明观测英仙座流星雨的倡议书",
        record_title="[转帖] 关于文明观测英仙座流星雨的倡议书（观测点都在里面）",
        date="2025-08-05",
        date_also=["2025-08-06"],
        notes="an astronomers' forum reposting an association's pledge: forum junk lines and glued; post time differs from 成文日期 (also accepted); signature box, reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 星空同好论坛 › 观测交流 › 流星与彗星
!t [转帖] 关于文明观测英仙座流星雨的倡议书（观测点都在里面）
!m 楼主：北斗七号　发表于 2025-8-6 21:14　只看该作者
!m 查看: 1502 | 回复: 37
{BODY}
!l 本帖最后由 北斗七号 于 2025-8-6 21:20 编辑
!l 回复　引用　举报　评分
!l 签名：赤道仪二手出，私信
!l 快速回复 —— 您需要登录后才可以回帖
""",
        body="""
各位天文爱好者：
八月中旬，英仙座流星雨将迎来极大。为营造安全、文明的观测环境，蒴城市天文爱好者协会向广大观测者发出如下倡议。
一、注意出行安全。夜间前往郊外观测点，请结伴而行，不在水库边、悬崖边和公路上停留。
二、保护观测环境。观测时不乱丢垃圾，离开前带走全部物品；不在观测区内开启强光手电和车灯，互相照顾他人的暗适应。
三、尊重当地村民。不进入农田踩踏庄稼，不在村道上长时间停车。
推荐观测点：蓊山顶停车场、薜溪水库东坝、檫岭茶场。
蒴城市天文爱好者协会
2025年8月5日
""",
    ),
    dict(
        slug="blog-haishen-farm-log-tags-comments",
        site="老海参的养殖札记 (invented blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://laohaishen.blog.example.cn/post/2025/0119.html",
        title="2024年海参育苗池管理小结",
        record_title="2024年海参育苗池管理小结 - 老海参的养殖札记",
        date="2025-01-19",
        notes="a farm technician's blog: bracketed post time is the date; category and tag lines, reading count, a comment section with a visitor's question and the blogger's reply",
        gap=True,
        page="""
!m 老海参的养殖札记 — 一个育苗员的笔记本
!t 2024年海参育苗池管理小结 - 老海参的养殖札记
!m [2025-01-19 22:07]　分类：育苗日记　阅读(214)
{BODY}
!l 标签：海参　育苗　水质
!l 上一篇：冬季保温大棚的几个小改动
!l 评论（3）
!l 海边的阿强：请问投饵量是按体重百分之几算的？
!l 博主回复：看水温，一般百分之二到三。
!a 发表评论　｜　分享到朋友圈
""",
        body="""
去年我负责场里的六个育苗池，一共出苗三百二十万头，成活率比前年高了将近六个百分点。
总结下来，主要是三件事做得比较细。一是换水时间固定在傍晚，温差控制在一度以内；二是每天早晚两次测溶解氧，低于五毫克就开增氧；三是苗种分池及时，不让密度压得太高。
也有教训。十月份三号池发生过一次化皮，原因是连续阴天后水温骤降，我们处理晚了一天，损失了大约八万头。
今年准备给每个池子加装一个自动温控探头，另外把投饵记录改成表格，方便对比。
""",
    ),
    dict(
        slug="wechat-mashu-equestrian-pledge-html",
        site="苋原市马术协会 公众号 (invented mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.wx-mirror.example.com/s/Ma8sHu2025xyq",
        title="关于规范马匹户外骑乘的倡议书",
        record_title=None,
        date="2025-05-03",
        notes="WeChat-style mirror, no record title: account line with the date, 原创 label, 'tap to follow' line, 阅读原文/在看/赞 row, a message area; the pledge tells readers to 扫码 register (kept)",
        page="""
<html><head><meta charset="utf-8"><title>关于规范马匹户外骑乘的倡议书</title></head><body>
<div id="js_content_wrap">
<h2 class="rich_media_title">⟦t 关于规范马匹户外骑乘的倡议书⟧</h2>
<div class="meta">⟦m 原创　苋原马协　苋原市马术协会　2025年05月03日 18:30　湖南⟧</div>
<p>⟦a 点击上方蓝字“苋原马协”，关注我们⟧</p>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦m 文字：马协秘书处　编辑：小蹄　审核：蓝川⟧</p>
<div class="tool">⟦l 阅读原文⟧　⟦l 阅读 2361⟧　⟦a 赞 58⟧　⟦a 在看 17⟧</div>
<div class="comment">⟦l 留言　写留言⟧</div>
<div class="foot">⟦d 本页面由第三方镜像生成，内容版权归原公众号所有⟧</div>
</div></body></html>
""",
        body="""
广大马术爱好者、各马术俱乐部：
随着户外骑乘活动日益增多，马匹进入公路、景区、田间的情况时有发生，既影响交通和游客安全，也容易引发纠纷。为此，苋原市马术协会发出如下倡议。
一、骑乘者应佩戴头盔和护具，未成年人须在教练陪同下骑乘。
二、不骑马进入机动车道，确需横穿道路的，应下马牵行。
三、俱乐部应为马匹办理免疫证明，并为骑乘者购买意外伤害保险。
各俱乐部可扫描协会公布的备案二维码，登记户外骑乘线路和负责人信息。
苋原市马术协会
2025年5月3日
""",
    ),
    dict(
        slug="docshare-muou-puppet-plan-upload-stamp",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gongxiangdoc.example.com/p-77120391.html",
        title="木偶剧团送戏进校园活动方案",
        record_title="木偶剧团送戏进校园活动方案_共享文档站",
        date=None,
        notes="a sharing site: upload and page-count stamps, a download-coupon prompt, an uploader notice, a 'report' link; no date in the document: none",
        page="""
!m 共享文档站 · 海量文档免费读
!t 木偶剧团送戏进校园活动方案_共享文档站
!m 上传者：戏迷小林　上传于：2025-03-11　页数：3
!a 下载需1张下载券　｜　收藏　｜　举报
{BODY}
!d 本文档由用户自行上传，站点不对其真实性负责；如涉及侵权，请提交申诉，我们将在48小时内处理。
!l 猜你喜欢：皮影进课堂教案　戏曲社团活动记录表
""",
        body="""
为传承民间木偶艺术，丰富中小学生课余文化生活，剧团决定开展送戏进校园活动，特制定本方案。
一、活动时间：本学期第五周至第十五周，每周安排二至三场。
二、演出剧目：《小猴摘桃》《鹬蚌相争》《木兰从军》等传统剧目，每场演出约五十分钟。
三、活动形式：演出结束后安排二十分钟互动，由演员演示提线、杖头木偶的基本操作，学生可上台体验。
四、工作要求：各演出小组提前一天到校踏勘场地，布置舞台时注意用电安全。
""",
    ),
    dict(
        slug="edu-chunshan-science-museum-study-attachments",
        site="柽川区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.chengchuan.example.gov.cn/tzgg/2025/0310/4417.html",
        title="关于组织学生赴区科技馆开展研学实践的通知",
        record_title="关于组织学生赴区科技馆开展研学实践的通知",
        date="2025-03-10",
        notes="education-bureau template: a 附件 list and the document's own 联系人 line kept beside the site's 服务热线 footer; a sentence telling schools to 下载 the form; 【字体：大 中 小】 in its own words",
        page="""
<html><head><meta charset="utf-8"><title>关于组织学生赴区科技馆开展研学实践的通知-柽川区教育局</title></head><body>
<div class="head">⟦m 柽川区教育局　柽川教育信息网⟧</div>
<ul class="menu"><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 教师发展⟧</li></ul>
<div class="loc">⟦m 当前页：首页 - 通知公告 - 正文⟧</div>
<h2>⟦t 关于组织学生赴区科技馆开展研学实践的通知⟧</h2>
<div class="src">⟦m 文章来源：基础教育科　更新：2025-03-10　浏览：1207次⟧　⟦a [字号：放大 默认 缩小]⟧</div>
<div class="con">
{BODY}
</div>
<div class="pn">⟦l 上一条：关于做好春季学期学生资助工作的通知⟧<br>⟦l 下一条：区中小学生运动会竞赛规程⟧</div>
<div class="bottom">⟦m 版权所有：柽川区教育局　服务热线：0746-8120300⟧<br>⟦m 技术支持：柽川信息技术有限公司⟧</div>
</body></html>
""",
        body="""
各中小学校：
为落实中小学生研学实践教育有关要求，经研究，决定于3月至6月组织全区四至八年级学生分批赴区科技馆开展研学实践。现将有关事项通知如下。
一、各校根据分批安排表确定参加班级，每批不超过二百人，并配足带队教师。
二、科技馆提供机器人编程、气象观测、力学实验三类课程，各校可任选一类。
三、请各校登录教育局网站下载报名表，填写后于3月20日前报送基础教育科。
联系人：孙雅琴　电话：0746-8121576　邮箱：jcjyk_cc@example.cn
附件：1.研学实践分批安排表
2.研学实践报名表
柽川区教育局
2025年3月10日
""",
    ),
    dict(
        slug="intranet-tieta-tower-minutes-flow",
        site="通信铁塔公司椹川分公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.tieta-zc.example.local/doc/view.do?id=20250226003",
        title="椹川分公司2025年第一次站址建设协调会会议纪要",
        record_title="椹川分公司2025年第一次站址建设协调会会议纪要",
        date="2025-02-26",
        date_also=["2025-02-24"],
        notes="intranet document view: a reading-flow line and a 流转记录 box; the minutes' 时间/地点/主持/参会 lines and a numbered list kept; 印发 date expected, meeting date also accepted",
        page="""
!m 企业协同办公平台 | 公文查看
!m 密级：内部　紧急程度：普通　登记人：行政部 何蕾
{T}
{BODY}
!l 流转记录
!l 2025-02-26 16:20 行政部 何蕾 发起分发
!l 2025-02-27 09:02 建设维护部 已阅
!a 【返回列表】　【导出PDF】
""",
        body="""
时间：2025年2月24日下午
地点：分公司三楼会议室
主持：分公司副总经理 陆敬东
参会：建设维护部、运营商客户部、综合部负责人及各区县项目经理
会议听取了2024年站址建设完成情况汇报，研究了2025年新建基站选址和共享改造有关问题。纪要如下：
1.今年计划新建铁塔六十八座，其中农村地区四十一座，力争上半年完成百分之六十。
2.对居民反映较多的小区楼顶站址，由项目经理提前上门沟通，做好电磁辐射知识解释。
3.各区县项目经理每周五前报送进度，建设维护部每月通报一次。
综合部
2025年2月26日印发
""",
    ),
    dict(
        slug="qa-ershouche-transfer-answer-date",
        site="有问必答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.youwenbida.example.com/q/93382017.html",
        title="二手车过户需要准备哪些材料？",
        record_title=None,
        date="2025-04-22",
        notes="Q&A without record title: the question is the title; the answerer's card and 回答于 line (the page's date); a 'was this helpful' row, related questions, an ad label",
        page="""
!m 有问必答网 > 汽车 > 二手车
{T}
!m 提问者：小鹿驾到　2025-04-21
!m 最佳答案　回答者：枥阳二手车交易市场 客服部
!m 回答于 2025-04-22 11:03　采纳率 92%
{BODY}
!l 这个回答对你有帮助吗？　有用(88)　没用(2)
!l 其他类似问题
!l 外地车牌过户回本地需要验车吗？
!a 广告 · 免费评估你的爱车值多少钱
""",
        body="""
您好，在我们市场办理二手车过户，买卖双方一般需要准备以下材料：
1.机动车登记证书、行驶证原件；
2.卖方和买方的身份证原件，单位车辆需提供营业执照副本和公章；
3.车辆交易发票，在市场服务大厅开具；
4.车辆本人到场，需要查验车架号和发动机号。
如果车辆有抵押或者违章未处理，需要先解除抵押、处理完违章才能过户。
建议过户前先在交通安全综合服务管理平台查询车辆状态，避免白跑一趟。
""",
    ),
]
