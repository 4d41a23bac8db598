"""holdout31, part D: invented pages (see ../README.md and ../build.py). Everything here is invented."""

CASES = [
    dict(
        slug="blog-html-dental-nurse-diary",
        site="小白牙护士的日常 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://xiaobaiya.example-blog.com/2025/03/08/hulijiahui.html",
        title="在口腔科做护士的第五年",
        record_title="在口腔科做护士的第五年 | 小白牙护士的日常",
        date="2025-03-08",
        notes="blog HTML: tag cloud, archive list, 'like' and share bar, comments; bracketed post time as page date; a sentence about 分享 kept",
        page="""
<html><head><meta charset="utf-8"><title>在口腔科做护士的第五年 | 小白牙护士的日常</title></head><body>
<header><h1>⟦m 小白牙护士的日常⟧</h1><p>⟦m 记录诊室里的小故事⟧</p></header>
<nav>⟦l 首页 · 归档 · 标签 · 关于⟧</nav>
<article><h2>⟦t 在口腔科做护士的第五年⟧</h2>
<div class="post-meta">⟦m 发表于 [2025-03-08 21:40] · 分类于 工作随记 · 阅读 207⟧</div>
{BODY}
</article>
<div class="like">⟦l ♥ 喜欢 19　　分享到微博⟧</div>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 口腔护理 护士节 四手操作 儿童牙科⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年3月 (2)⟧</li><li>⟦l 2025年2月 (4)⟧</li></ul></aside>
<section class="comments"><h3>⟦l 2 条评论⟧</h3><p>⟦l 阿柚：看哭了，谢谢你们！ 2天前⟧</p></section>
<footer>⟦m Powered by Heximo · Theme Lite⟧</footer>
</body></html>
""",
        body="""
三八节这天，科室给每位护士发了一枝花。下班路上我算了算，来口腔科已经整整五年了。
刚来的时候，我连四手操作都配合不好，器械递慢了，医生就得停下来等我。
后来我把每种治疗的流程抄在小本子上，一有空就翻，慢慢地就跟上了节奏。
这五年，我最大的收获是学会了和孩子们打交道。很多小朋友怕牙钻的声音，我就先给他们讲故事，再一步步示范。
写下这些，也想和刚入行的护士妹妹们分享一点经验：耐心比技术更难得。
""",
    ),
    dict(
        slug="wechat-text-mirror-orchid-association-plan",
        site="兰韵柃山 公众号镜像 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="text",
        source="https://mp.read-archive.example.com/lanyun_ls/2025/0210/1",
        title="柃山县第七届春兰展活动方案",
        record_title="柃山县第七届春兰展活动方案",
        date="2025-02-10",
        notes="WeChat mirror text: account line with date as page date, 'star us' prompt, 原创 tag, reward row, 写留言; a numbered list",
        page="""
!m 兰韵柃山　原创
!t 柃山县第七届春兰展活动方案
!m 柃山县兰花协会　2025-02-10 20:01　发表于江西
!a ▲点击“兰韵柃山”关注我们，每周分享养兰知识
{BODY}
!l ——END——
!m 图文：协会秘书处　排版：小兰
!a 喜欢作者　赞赏 6人
!l 写留言　　阅读 1543　　赞 58
""",
        body="""
为展示柃山春兰资源，交流养兰技艺，经协会理事会研究，决定举办柃山县第七届春兰展。
一、时间地点
2025年3月8日至3月10日，柃山县文化广场。
二、参展要求
1.参展兰花须为会员本人栽培，每人限报三盆。
2.参展品种须为国兰春兰类，不接受组培苗参展。
3.参展者须于3月6日前到协会秘书处登记。
三、评比办法
设金奖三名、银奖六名、铜奖十名，由专家评审组现场评定。
柃山县兰花协会
2025年2月10日
""",
    ),
    dict(
        slug="docshare-html-chenguang-electrician-summary",
        site="晨光文档 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://doc.chenguangwd.example.com/d/2025/0108/ele9921.html",
        title="电工培训班年度工作总结",
        record_title="电工培训班年度工作总结.pdf",
        date=None,
        notes="sharing page HTML: file-name title, reader toolbar, score stars, download prompt, recommended docs; year only in the text, an upload stamp; no date",
        page="""
<html><head><meta charset="utf-8"><title>电工培训班年度工作总结.pdf - 晨光文档</title></head><body>
<div class="nav">⟦m 晨光文档　共享你的知识⟧　⟦a 上传文档　登录⟧</div>
<h1>⟦t 电工培训班年度工作总结.pdf⟧</h1>
<div class="meta">⟦m 贡献者：jiangsu_dgpx　上传于 2025-01-08　评分 ★★★★☆ 4.2⟧</div>
<div class="toolbar">⟦a 放大　缩小　全屏　下载PDF⟧</div>
<div class="pdfview">
{BODY}
</div>
<div class="more">⟦a 下载本文档，离线阅读更方便（需登录）⟧</div>
<div class="rec">⟦l 为你推荐：低压电工作业培训教案 | 特种作业人员管理制度 | 安全用电知识讲座⟧</div>
<div class="foot">⟦d 文档内容由用户提供，晨光文档不承担任何法律责任⟧</div>
</body></html>
""",
        body="""
一年来，我校电工培训班坚持理论与实操并重，共开办低压电工、高压电工和电工作业复审培训班十四期。
全年培训学员五百三十二人，取证合格率达到百分之九十一，比上年提高四个百分点。
我们新建了实操考核室，配备了模拟配电柜和触电急救模拟人，学员动手机会明显增多。
存在的问题是部分学员文化基础较弱，理论考试通过率偏低。
明年将编写通俗易懂的辅导讲义，并增加考前模拟测试。
""",
    ),
    dict(
        slug="edu-text-zhuxi-school-bus-safety",
        site="槠溪县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.zhuxi.example.gov.cn/aqjy/2025/0828/2207.html",
        title="关于做好秋季开学校车安全管理工作的通知",
        record_title="关于做好秋季开学校车安全管理工作的通知_槠溪县教育体育局",
        date="2025-08-28",
        notes="education portal, title repeated; document number neutral; 版记 抄送 and 印发 kept; the document's 联系电话 kept; a site-wide hotline",
        page="""
!m 槠溪县教育体育局
!m 当前位置：首页 >> 安全教育 >> 通知
{T}
!m 发布时间：2025-08-28 16:30　作者：安全股　浏览：【 1442 】
槠教体发〔2025〕47号
{BODY}
!l 【返回顶部】　【打印此页】　【关闭本页】
!w 教育投诉举报电话：0735-12345 转 6
!m 槠溪县教育体育局　版权所有
""",
        body="""
各中小学、幼儿园，各校车服务单位：
秋季开学在即，为切实保障学生乘车安全，现就做好校车安全管理工作通知如下。
一、开学前要对所有校车开展一次全面检查，车况不合格的一律不得投入使用。
二、校车驾驶人和照管员要持证上岗，每趟运行前要清点学生人数。
三、各校要建立学生乘车台账，严禁校车超员、超速行驶。
联系人：县教体局安全股，邱老师，电话：0735-7320118
槠溪县教育体育局
2025年8月28日
抄送：县公安局交警大队，县交通运输局
槠溪县教育体育局办公室　2025年8月28日印发
""",
    ),
    dict(
        slug="oa-html-lucheng-pension-fund-report",
        site="栌城社保中心内网 (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="html",
        source="http://10.12.0.8/oa/gw/view.do?gwid=2025-0316-008",
        title="关于申请增加养老保险待遇资格认证服务点的请示",
        record_title="关于申请增加养老保险待遇资格认证服务点的请示",
        date="2025-03-16",
        notes="intranet document view HTML: sidebar menu, document-flow table, approval trail, watermark; the request's 联系人 kept; 附件 kept",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 栌城市社会保险事业中心协同办公系统</title></head><body>
<div class="top">⟦m 栌城市社会保险事业中心协同办公系统⟧　⟦m 当前用户：郝敏（待遇科）⟧　⟦a 退出⟧</div>
<div class="menu">⟦l 待办事项(3)　已办事项　收文管理　发文管理　通讯录⟧</div>
<table class="gwinfo"><tr><td>⟦m 文件类型：请示⟧</td><td>⟦m 紧急程度：平件⟧</td></tr><tr><td>⟦m 拟稿部门：待遇科⟧</td><td>⟦m 拟稿日期：2025-03-14⟧</td></tr></table>
<h2>⟦t 关于申请增加养老保险待遇资格认证服务点的请示⟧</h2>
<div class="zw">
{BODY}
</div>
<div class="flow">⟦m 流转记录：待遇科 郝敏 拟稿 → 分管领导 陶立新 审核 → 主任 谢健 签发⟧</div>
<div class="btns">⟦a 办理　退回　传阅　下载正文⟧</div>
<div class="wm">⟦d 内部办公系统，信息不得外泄⟧</div>
</body></html>
""",
        body="""
市人力资源和社会保障局：
目前，我市领取养老保险待遇人员已达十八万人，现有资格认证服务点仅十二个，偏远乡镇群众认证不便。
为方便群众就近办理，我中心拟在六个偏远乡镇卫生院增设资格认证服务点，所需设备经费约九万元。
妥否，请批示。
附件：新增资格认证服务点分布表
联系人：郝敏　电话：0734-8602237
栌城市社会保险事业中心
2025年3月16日
""",
    ),
    dict(
        slug="qa-html-sheng-wetland-volunteer-answer",
        site="有问必达 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="article",
        form="html",
        source="https://www.youwenbida.example.com/q/3308172",
        title="湿地公园志愿讲解员需要做哪些准备？",
        record_title=None,
        date="2025-04-03",
        notes="Q&A HTML with no record title: question as the title; answer's 回答于 date as page date; vote and comment bars; related questions; an app download prompt",
        page="""
<html><head><meta charset="utf-8"><title>湿地公园志愿讲解员需要做哪些准备？ - 有问必达</title></head><body>
<div class="top">⟦m 有问必达⟧　⟦a 登录 注册 下载APP⟧</div>
<div class="q"><h1>⟦t 湿地公园志愿讲解员需要做哪些准备？⟧</h1><p>⟦m 提问者：小水鸭　　3个回答　　关注 14⟧</p></div>
<div class="a"><div class="au">⟦m 湿地守望者　椿岭湿地公园志愿者队长　回答于 2025-04-03⟧</div>
{BODY}
<div class="bar">⟦l 赞同 86　反对　评论 5　收藏　举报⟧</div></div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 怎样报名成为景区志愿者？⟧</p><p>⟦l 观鸟需要带哪些装备？⟧</p></div>
<div class="foot">⟦d 回答内容由用户提供，仅代表个人观点⟧</div>
</body></html>
""",
        body="""
我在湿地公园做了三年志愿讲解员，说说我的经验。
第一，要熟悉园区的基本情况，比如面积、主要湿地类型和常见的鸟类、植物。
第二，要练好讲解的基本功，语言要通俗，时间要控制在二十分钟左右。
第三，要懂得安全常识，带队时提醒游客不要靠近水边，不要投喂野生动物。
第四，公园每年春季会组织志愿者培训，建议先关注公园的服务号，留意报名通知。
""",
    ),
    dict(
        slug="anthology-oneline-fungi-farmer-letter",
        site="老菇农的书斋 (invented)",
        style="个人文集",
        genre="书信",
        kind="letter",
        form="text",
        source="http://laogunong.example-home.net/shuzhai/12.txt",
        title="写给合作社年轻社员的一封信",
        record_title="写给合作社年轻社员的一封信.txt",
        date="2025-01-31",
        notes="one-line body (paragraphs separated by their indent only); file-name title; collection chrome before and after",
        oneline=True,
        indent="　　",
        page="""
!m 老菇农的书斋 · 书信卷
!t 写给合作社年轻社员的一封信.txt
{BODY}
!l 返回目录　|　下一封：致老伙计们
!d 书斋文字，转载请告知
""",
        body="""
年轻的社员们：
过了年，合作社又要开始备料装袋了。我年纪大了，有几句心里话想跟你们说说。
种菇是个细活，温度、湿度、通风，哪一样没管好都要出问题。你们有文化，会用手机看数据，这是你们的长处，但也要多下棚，多用手摸一摸、鼻子闻一闻。
合作社能走到今天，靠的是大家讲信用。卖出去的菇，一斤都不能掺水，这是咱们的招牌。
祝大家新年丰收。
老周
2025年1月31日
""",
    ),
    dict(
        slug="dangjian-text-papermill-branch-summary",
        site="槠溪国企党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://djw.zhuxi-gq.example.cn/zbfc/2025/0112/306.html",
        title="槠溪纸业制浆车间党支部2024年党建工作总结",
        record_title="【支部风采】槠溪纸业制浆车间党支部2024年党建工作总结",
        date="2025-01-12",
        notes="Party site text: decorated title; a 'study points' badge, share bar; decimal headings kept",
        page="""
!m 槠溪国企党建 · 红色引擎
!m 首页 ＞ 支部风采
!t 【支部风采】槠溪纸业制浆车间党支部2024年党建工作总结
!m 日期：2025-01-12　投稿：制浆车间党支部　审核：集团党委组织部
{BODY}
!a 阅读本文 +0.5 学分　[确认已学]
!l 分享：微信　钉钉　复制链接
!m 槠溪县国有资产服务中心党委主办
""",
        body="""
2024年，车间党支部以“党建＋安全生产”为抓手，推动党建工作与生产经营深度融合。
1.1 组织建设。支部严格落实“三会一课”制度，全年召开支部党员大会六次、支委会十二次，讲党课四次。
1.2 党员作用。设立党员责任区五个，党员带头完成设备技改项目三项，节约成本六十余万元。
1.3 作风建设。支部开展廉洁风险排查，修订车间物资领用制度，堵塞管理漏洞。
2 存在的问题
党员学习的深度还不够，青年职工入党积极性有待提高。
制浆车间党支部
2025年1月12日
""",
    ),
    dict(
        slug="hospital-text-tcm-mental-health-lecture",
        site="楠浦县精神卫生中心 (invented)",
        style="医院官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.nanpu-jwzx.example.cn/xwzx/2025/1010/511.html",
        title="在世界精神卫生日主题宣传活动上的讲话",
        record_title="在世界精神卫生日主题宣传活动上的讲话-楠浦县精神卫生中心",
        date="2025-10-10",
        notes="hospital text page: speaker line neutral, date under the title in Chinese numerals; a psychological-help hotline line of the site vs the document's own hotline sentence kept",
        page="""
!m 楠浦县精神卫生中心　官方网站
!l 首页 | 医院概况 | 就医指南 | 心理援助 | 新闻中心
{T}
!m 来源：院办　　发布：2025-10-10
院长　詹丽君
（二〇二五年十月十日）
{BODY}
!w 24小时心理援助热线（本站）：0797-96525
!l 上一条：我院开展护理技能比武　下一条：关于调整门诊时间的公告
!m 版权所有：楠浦县精神卫生中心　赣ICP备13008812号
""",
        body="""
各位来宾，朋友们：
今天是第三十四个世界精神卫生日，我们在这里举办主题宣传活动，倡导大家关注心理健康。
心理健康是健康的重要组成部分。遇到情绪困扰时，要学会倾诉，必要时主动寻求专业帮助。
我院心理门诊每周一至周六开诊，群众也可以拨打全国心理援助热线寻求帮助。
希望大家把今天学到的知识带回家，带给身边的亲友。谢谢大家。
""",
    ),
    dict(
        slug="university-html-jutang-continuing-ed-notice",
        site="榉塘职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jutang-vtc.example.edu.cn/jwc/tzgg/2025/0905/1120.htm",
        title="关于2025年秋季学期电工职业技能等级认定报名的通知",
        record_title="关于2025年秋季学期电工职业技能等级认定报名的通知",
        date="2025-09-05",
        notes="university HTML: 'Visit count' script, quick links sidebar, footer with 邮编; the notice's own e-mail and phone kept; 报名 table",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年秋季学期电工职业技能等级认定报名的通知-教务处</title></head><body>
<div class="hd">⟦m 榉塘职业技术学院　教务处⟧</div>
<div class="nav">⟦l 首页 机构设置 教学管理 考务管理 下载中心⟧</div>
<div class="weizhi">⟦m 当前位置: 首页 >> 通知公告 >> 正文⟧</div>
<h1>⟦t 关于2025年秋季学期电工职业技能等级认定报名的通知⟧</h1>
<div class="info">⟦m 作者：考务科 | 时间：2025年09月05日 | 点击数：⟧<script>_showDynClicks("wbnews", 1120)</script></div>
{BODY}
<div class="kj"><h4>⟦l 快速通道⟧</h4><p>⟦l 教务系统　校历　课表查询⟧</p></div>
<div class="ft">⟦m 地址：榉塘县职教园区学苑路1号　邮编：418300⟧</div>
</body></html>
""",
        body="""
各二级学院：
根据省职业技能等级认定工作安排，我校将于11月组织电工职业技能等级认定，现将报名有关事项通知如下。
一、报名对象为我校机电类专业在校学生及社会人员。
二、报名安排
等级　报名时间　考核时间
四级　9月10日至9月20日　11月8日
三级　9月10日至9月20日　11月9日
三、报名材料请发送至邮箱 kwk@jutang-vtc.example.edu.cn，咨询电话：0736-5102330。
教务处
2025年9月5日
""",
    ),
    dict(
        slug="localforum-html-lianchuan-zoo-notice-junk",
        site="楝川在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.lianchuan-online.example.com/t/88213",
        title="关于县城区禁止燃放烟花爆竹的通告",
        record_title="转一下：关于县城区禁止燃放烟花爆竹的通告（大家注意）",
        date="2025-01-20",
        notes="local forum HTML, jammer fonts inside paragraphs; a poster's remark; the document's 举报电话 kept; floor replies",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>转一下：关于县城区禁止燃放烟花爆竹的通告（大家注意） - 楝川在线</title></head><body>
<div class="hd">⟦m 楝川在线论坛 · 楝川人的网上家园⟧</div>
<div class="crumb">⟦m 楝川在线 › 楝川新闻 › 帖子⟧</div>
<h2>⟦t 转一下：关于县城区禁止燃放烟花爆竹的通告（大家注意）⟧</h2>
<div class="author">⟦m 城南老罗　发表于 2025-01-21 11:05　来自 手机⟧</div>
<div class="note">⟦l 县里今年继续禁放，大家别踩线哈⟧</div>
{BODY}
<div class="floor">⟦l 沙发　鱼鱼：去年就禁了吧⟧</div><div class="floor">⟦l 板凳　风过林：支持，空气好多了⟧</div>
<div class="ft">⟦a 发表回复需登录⟧　⟦m 楝川在线 © 2006-2025⟧</div>
</body></html>
""",
        body="""
为保障公共安全和人身财产安全，防治大气污染，根据有关法律法规规定，现就县城区禁止燃放烟花爆竹有关事项通告如下。
一、禁放区域为县城建成区，具体包括城东、城南、城西三个街道辖区。
二、禁放时间为全年全天。
三、违反本通告燃放烟花爆竹的，由公安机关依法予以处罚。
四、市民发现违规燃放行为，可拨打举报电话：0739-5213110。
楝川县人民政府
2025年1月20日
""",
    ),
    dict(
        slug="download-text-yunfei-orchid-rules-markers",
        site="云飞资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="text",
        source="http://down.yunfei-zl.example.com/zhidu/20250412/3310.html",
        title="兰花协会会员管理办法",
        record_title="兰花协会会员管理办法（2025修订版）.doc",
        date=None,
        notes="download station text with file info, download buttons, page markers 〔P{n}〕 glued or not; 复制/打印 in the rules' articles kept; no date (only an update stamp)",
        pages=dict(fmt="〔P{n}〕", every=150, start=2, glue="mix"),
        page="""
!m 云飞资料站 - 办公文档免费下载
!m 位置：首页 > 规章制度 > 社团管理
!t 兰花协会会员管理办法（2025修订版）.doc
!m 文件大小：52KB | 更新：2025-04-15 | 下载：88次 | 授权：免费
!a 【本地下载】【高速下载】【下载帮助】
{BODY}
!d 资料来源于网络整理，如有版权问题请联系站长删除
!l 同类资料：书法协会会员管理办法 · 摄影协会章程范本
""",
        body="""
第一条　为加强会员管理，维护会员合法权益，根据协会章程，制定本办法。
第二条　凡热爱兰花事业、承认协会章程的个人和单位，经申请批准后可成为会员。
第三条　会员证由协会统一制作，不得复制、转借，遗失的应当及时申请补办。
第四条　会员名册每年更新一次，会员可向秘书处申请打印本人的入会证明。
第五条　会员连续两年不缴纳会费的，视为自动退会。
第六条　本办法经协会理事会审议通过，自通过之日起施行。
""",
    ),
]
