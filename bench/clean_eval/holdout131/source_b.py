"""holdout131, part B: blogs, WeChat mirrors, sharing sites, education portals, intranets, Q&A, collections. Invented text."""

CASES = [
    dict(
        slug="blog-pentathlon-coach-html-archive",
        site="栎阳老谭的训练手记 (invented)",
        style="博客",
        genre="工作计划",
        kind="plan",
        form="html",
        source="https://laotan-xunlian.blogbus.cn/archives/2025/01/05/pentathlon-plan.html",
        title="栎阳市现代五项训练基地2025年冬训计划",
        record_title="栎阳市现代五项训练基地2025年冬训计划 - 老谭的训练手记",
        date="2025-01-05",
        notes="blog with tag cloud, archive and comments; 发表于 line is the page's date; numbered training table kept",
        page="""
<html><head><meta charset="utf-8"><title>栎阳市现代五项训练基地2025年冬训计划 - 老谭的训练手记</title></head>
<body>
<div id="blog-head"><h2>⟦m 老谭的训练手记⟧</h2><p>⟦m 跑、游、射、击剑、骑马，一个也不能少⟧</p></div>
<div id="main">
<h1 class="post-title">{T}</h1>
<p class="post-meta">⟦m 发表于 2025-01-05 ｜ 分类：训练计划 ｜ 3 条评论⟧</p>
<div class="entry">
{BODY}
</div>
<p class="post-tags">⟦l 标签：现代五项，冬训，青少年⟧</p>
<div class="comments"><h3>⟦l 3 条评论⟧</h3><p>⟦l 小马哥：教练，马术课还是在城北马场吗？⟧</p><p>⟦l 写下你的评论…（需登录）⟧</p></div>
</div>
<div id="sidebar"><h4>⟦l 标签云⟧</h4><p>⟦l 击剑 射击 游泳 越野跑 体能⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年1月 (2)⟧</p><p>⟦l 2024年12月 (4)⟧</p></div>
<div id="foot">⟦d 本站内容仅代表博主个人观点。⟧ ⟦m Powered by BlogBus 主题：Plain⟧</div>
</body></html>
""",
        body="""
为备战今年省运会，结合基地现有运动员状况，制定2025年冬训计划如下。
一、训练时间
2025年1月6日至2月28日（春节放假1月26日至2月4日），共七周。
二、训练目标
1.游泳200米自由泳平均成绩提高3秒；
2.激光跑射击环节平均用时缩短至40秒以内；
3.击剑单败淘汰赛胜率达到55%以上。
三、周训练安排
项目　周课次　主要内容
游泳　5　有氧耐力、转身技术
击剑　4　步法、实战
激光跑　4　射击稳定性、间歇跑
马术　2　障碍适应
体能　3　核心力量、柔韧
四、注意事项
冬训期间室外跑训练视气温调整，低于零下10度改为室内；马术课必须有马场教练在场，佩戴护具。
""",
    ),
    dict(
        slug="wechat-water-splash-notice-mirror",
        site="微文镜像站 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.weiwenjx.com/s/LHwater_8812034",
        title="关于2025年楝湖泼水节期间安全管理的通告",
        record_title="关于2025年楝湖泼水节期间安全管理的通告",
        date="2025-04-08",
        notes="WeChat mirror with account line, follow prompts and 阅读/在看; document's own 咨询电话 kept; 扫码 sentence in the body",
        page="""
!m 楝湖发布
!m 微文镜像站 · 公众号文章存档
{T}
!m 原创　楝湖发布　2025-04-09 18:30　云南
!a 点击上方蓝字“楝湖发布”关注我们
{BODY}
!m 来源：楝湖县公安局
!m 编辑：玉香　审核：岩温
!a 长按识别二维码，关注楝湖发布
!l 阅读 1.2万　在看 88　点赞 216
!l 往期推荐：楝湖县城区临时停车点公布｜泼水节文艺演出节目单来了
!d 本页面为公众号文章镜像，版权归原作者所有。
""",
        body="""
为确保2025年泼水节期间群众生命财产安全和社会秩序良好，根据有关法律法规，现就有关事项通告如下：
一、4月13日至15日，县城泼水广场、澜沧江滨江路为主要泼水区域，其他路段禁止追逐泼水。
二、严禁使用高压水枪、冰块、污水或者掺有颜料、异物的水泼洒他人，严禁向行驶车辆和驾驶人泼水。
三、泼水区域周边道路实行交通管制，车辆请按交警指挥绕行。
四、游客可扫描广场入口处的二维码查询各区域实时人流，人员密集时请听从现场工作人员疏导。
五、对扰乱公共秩序、故意伤害他人的，公安机关将依法处理。
咨询电话：0879-7126110
特此通告。
楝湖县公安局
2025年4月8日
""",
    ),
    dict(
        slug="wechat-sport-dance-speech-html-reader",
        site="号外阅读 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.haowaiyuedu.com/a/3fk29DxQ",
        title="在蕨岭市体育舞蹈协会第三届会员代表大会上的讲话",
        record_title="在蕨岭市体育舞蹈协会第三届会员代表大会上的讲话",
        date="2024-08-17",
        notes="WeChat reader with 阅读原文/在看; speaker and date lines under the title neutral",
        page="""
<html><head><meta charset="utf-8"><title>在蕨岭市体育舞蹈协会第三届会员代表大会上的讲话</title></head>
<body class="rich_media">
<div class="top">⟦m 号外阅读⟧ <a>⟦a 打开App阅读⟧</a></div>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 蕨岭体育　2024年08月18日 08:00⟧</div>
<p>蕨岭市体育局副局长　霍嘉言</p>
<p>（2024年8月17日）</p>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧ ⟦l 阅读 3621⟧ ⟦l 在看 40⟧ ⟦l 写留言⟧</div>
<div class="qr">⟦a 微信扫一扫关注该公众号⟧</div>
<div class="foot">⟦d 号外阅读为第三方聚合阅读平台，文章著作权归原公众号所有。⟧</div>
</body></html>
""",
        body="""
各位代表、同志们：
今天，市体育舞蹈协会召开第三届会员代表大会，选举产生了新一届理事会。我代表市体育局，对大会的顺利召开表示祝贺！
五年来，协会从最初的6家会员单位发展到47家，注册运动员从300余人增加到1900余人；连续四年承办全省体育舞蹈公开赛，我市选手获得拉丁舞、标准舞项目金牌11枚。
新一届理事会要做好三件事：一是抓好青少年普及，推动体育舞蹈进校园、进社区；二是抓好裁判和教练员队伍建设，每年至少举办两期等级培训；三是抓好行业规范，会员单位的收费标准、场地安全要向社会公开。
市体育局将一如既往支持协会工作。祝大会圆满成功！
""",
    ),
    dict(
        slug="docshare-gymnastics-plan-bracket-markers",
        site="共享文档网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gongxiangdoc.cn/doc/20240302/61992013.html",
        title="苧川区青少年艺术体操推广工作方案",
        record_title="苧川区青少年艺术体操推广工作方案.pdf",
        date=None,
        notes="file-name record title; no date in the document (year only in text); page markers with sep glued mix; upload notice",
        page="""
!m 共享文档网 —— 上传你的文档，帮助更多人
!t 苧川区青少年艺术体操推广工作方案.pdf
!m 分享者：体操妈妈　　大小：312KB　　上传：2024-03-02　　格式：PDF
!a 【在线阅读】【收藏】【转存到我的空间】
{BODY}
!d 此文档由用户分享，本站不拥有其著作权。如涉及侵权，请联系站方下架。
!a 下载此文档需要2积分，积分不足？上传文档可获得积分
!l 大家还在看：少儿体操俱乐部安全管理制度｜体育进校园实施方案
""",
        pages=dict(fmt="[{n}]", every=110, start=2, glue="mix"),
        body="""
为普及艺术体操运动，培养青少年审美和体能素养，结合我区实际，制定本方案。
一、工作目标
到年底，全区建成艺术体操特色学校8所、社区训练点12个，参与训练的青少年达到1500人。
二、主要任务
（一）开设校园课程。在特色学校每周开设两节艺术体操课，以绳、圈、球三项轻器械为主，教材由区体校统一编写。
（二）建设社区训练点。依托社区文体活动中心设置训练点，每个训练点配备地毯、器械和一名以上持证教练。
（三）举办展示活动。每学期举办一次区级艺术体操展示会，不排名次，重在参与。
三、保障措施
区教育局、区文体旅局共同负责，区体校提供师资和技术指导；训练点教练的课时补贴从区全民健身经费中列支。
""",
    ),
    dict(
        slug="docshare-model-un-minutes-html-reader",
        site="文享汇 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.wenxianghui.com/read/mun-0419-77210",
        title="椴岭中学模拟联合国社团第一次骨干会议纪要",
        record_title="椴岭中学模拟联合国社团第一次骨干会议纪要 - 文享汇",
        date="2024-09-12",
        notes="minutes' 时间/地点/主持/出席/记录 lines kept; share reader chrome; meeting date as the date",
        page="""
<html><head><meta charset="utf-8"><title>椴岭中学模拟联合国社团第一次骨干会议纪要 - 文享汇</title></head>
<body>
<div class="nav">⟦m 文享汇⟧ ⟦m 首页⟧ ⟦m 文档⟧ ⟦m 会员中心⟧ <input placeholder="搜文档"></div>
<div class="doc-head"><h1>{T}</h1><span>⟦m 1,024 次浏览 · 17 次下载 · 由 dl_mun 分享⟧</span></div>
<div class="doc-content">
{BODY}
</div>
<div class="act">⟦a 下载（需1积分）⟧ ⟦a 收藏⟧ ⟦a 分享⟧ ⟦a 举报⟧</div>
<div class="recommend"><b>⟦l 相关推荐⟧</b><a>⟦l 学生社团招新方案⟧</a><a>⟦l 社团例会记录模板⟧</a></div>
<div class="ft">⟦d 文享汇提醒：文档内容由用户上传，仅供参考。⟧ ⟦m 客服邮箱 help@wenxianghui.com⟧</div>
</body></html>
""",
        body="""
时间：2024年9月12日下午4:30
地点：学校图书馆三楼研讨室
主持：高二（3）班 林知远（秘书长）
出席：社团骨干11人，指导教师许雯
记录：高一（5）班 陈沐
一、会议议题
1.讨论本学期社团招新安排；2.确定校内模拟联合国大会的议题和时间。
二、会议议定事项
（一）招新于9月20日、21日在食堂门口设点，计划招收新成员40人，面试由各委员会主席负责。
（二）校内大会定于11月16日举办，设联合国环境署和安理会两个委员会，议题分别为“海洋塑料污染治理”和“跨境水资源合作”。
（三）新成员入社后须参加三次培训，内容为立场文件写作、发言规则和决议草案起草。
三、其他
社团活动室钥匙由秘书处保管，借用需登记。
""",
    ),
    dict(
        slug="edu-sanxian-notice-school-site",
        site="楸原县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.qiuyuan.gov.cn/tzgg/20240226/3391.html",
        title="关于开展“三弦书进校园”活动的通知",
        record_title="关于开展“三弦书进校园”活动的通知",
        date="2024-02-26",
        notes="education portal; document number neutral; 附件 list and the document's own 联系人 next to a site hotline",
        page="""
!m 楸原县教育体育局　　QIUYUAN EDUCATION
!m 网站首页 > 通知公告
{T}
!m 发布人：办公室　　发布日期：2024-02-26　　访问量：1172
楸教体〔2024〕9号
{BODY}
!a 附件下载（2）　　【打印】　【返回列表】
!m 局办公室电话：0393-8120051　网站维护：县教育信息中心
!m 豫ICP备12018760号
""",
        body="""
各乡镇中心学校，县直各学校：
为传承地方优秀传统曲艺，经研究，决定在全县中小学开展“三弦书进校园”活动。现将有关事项通知如下：
一、活动时间
2024年3月至12月。
二、活动内容
（一）传承人讲座。由县文化馆安排三弦书艺人到校举办讲座，每校每学期不少于一场。
（二）兴趣课程。有条件的学校开设三弦书兴趣班，县文化馆提供教学曲目和伴奏录音。
（三）汇报展演。12月举办全县三弦书进校园汇报演出。
三、工作要求
各校要确定一名分管领导和一名联络员，于3月8日前将《活动联络表》报县教体局体卫艺股。
联系人：杜婉清　联系电话：0393-8120376
附件：1.活动联络表
2.推荐教学曲目
楸原县教育体育局
2024年2月26日
""",
    ),
    dict(
        slug="edu-javelin-summary-html-school-portal",
        site="楮山县第一中学 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.csyz.edu.cn/tyzx/2024/1108/c2301a66218/page.htm",
        title="楮山一中田径队2024年度训练工作总结",
        record_title="楮山一中田径队2024年度训练工作总结-楮山县第一中学",
        date="2024-11-06",
        notes="school portal; results table one row a paragraph; 成文日期 under the signature; page's own date differs",
        date_also=["2024-11-08"],
        page="""
<html><head><meta charset="utf-8"><title>楮山一中田径队2024年度训练工作总结-楮山县第一中学</title></head>
<body>
<div class="banner">⟦m 楮山县第一中学　厚德　笃学　健体　尚美⟧</div>
<ul class="menu"><li>⟦m 学校概况⟧</li><li>⟦m 德育天地⟧</li><li>⟦m 体艺之窗⟧</li><li>⟦m 招生信息⟧</li></ul>
<div class="position">⟦m 当前位置: 首页 > 体艺之窗 > 体育资讯⟧</div>
<h2 class="arti-title">{T}</h2>
<p class="arti-meta">⟦m 作者：体育组　发布时间：2024-11-08　浏览次数：622⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<p class="fanye">⟦l 上一篇：秋季运动会圆满落幕⟧ ⟦l 下一篇：体育组开展教研活动⟧</p>
<div class="footer">⟦m 版权所有：楮山县第一中学　地址：楮山县文昌路88号⟧ ⟦m 湘ICP备09022176号⟧</div>
</body></html>
""",
        body="""
2024年，学校田径队在校领导的关心和全体教练员的努力下，训练规范有序，竞赛成绩较往年有明显提高，现总结如下。
一、队伍建设
田径队现有队员46人，分短跑、中长跑、跳跃、投掷四个组，其中标枪、撑竿跳高为今年新建项目组。
二、训练情况
坚持早训和课后训练，全年训练约280次；暑期集训三周，邀请省体校教练两次来校指导撑竿跳高技术。
三、比赛成绩
比赛　项目　名次
市中学生田径运动会　男子标枪　第一名
市中学生田径运动会　女子4×100米接力　第二名
省青少年田径锦标赛　男子撑竿跳高　第五名
四、存在问题
撑竿跳高器材只有两副，海绵垫老化；投掷区与足球场相邻，训练时需错开时间。
五、明年打算
申请更新撑竿跳高器材，力争有两名队员达到国家二级运动员标准。
楮山县第一中学体育组
2024年11月6日
""",
    ),
    dict(
        slug="oa-font-foundry-plan-approval-trail",
        site="檀口字库 OA (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://oa.tankouzi.local/doc/view?id=2024-0713-88",
        title="关于黑体GB18030全字库项目进度调整的方案",
        record_title="关于黑体GB18030全字库项目进度调整的方案",
        date="2024-07-13",
        notes="intranet export with approval trail and read counts; data table kept; decimal headings",
        page="""
!m 檀口字库协同办公平台
!m 公文管理 / 收文 / 查看
!m 密级：内部　　紧急程度：普通　　拟稿：项目管理部 韦晨
{T}
{BODY}
!m 流转记录：
!m 2024-07-13 10:02　韦晨　拟稿
!m 2024-07-13 15:40　项目管理部 邵岚　审核通过
!m 2024-07-14 09:11　总经理 章一鸣　同意
!m 已阅 37 人　未阅 5 人
!a [导出PDF] [打印] [返回]
!d 内部文件，未经许可不得外传。
""",
        body="""
1.背景
黑体GB18030全字库项目原计划于2024年9月30日交付，需完成字形87887个。截至7月12日，已完成基本集和扩展A区，扩展B区完成42%，按当前进度预计延误约40天。
2.调整方案
2.1 人员调整：从宋体项目组抽调4名设计师支援扩展B区，为期两个月。
2.2 流程调整：扩展B区部件拆分改为先统一部件库、后批量组字，审字由三审改为两审加抽检。
2.3 节点调整：
节点　原计划　调整后
扩展B区完成　8月31日　9月20日
全库质检　9月15日　10月15日
交付客户　9月30日　10月31日
3.风险与应对
交付推迟一个月需与客户协商，由商务部在7月20日前完成沟通；如客户不同意，启动外包修字备选方案。
""",
    ),
    dict(
        slug="oa-stone-lion-report-html-intranet",
        site="槠溪石雕厂内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://192.168.10.8/portal/news/detail.aspx?nid=5521",
        title="关于上半年石狮雕刻车间安全生产情况的报告",
        record_title=None,
        date="2024-07-04",
        notes="intranet document view; title missing from the record; 抄送 and 印发 lines kept; read-count chrome",
        page="""
<html><head><meta charset="utf-8"><title>内网门户 - 文档查看</title></head>
<body>
<div class="hdr">⟦m 槠溪石雕厂 企业门户⟧ <span>⟦m 欢迎您，周师傅　[退出]⟧</span></div>
<div class="menu">⟦m 通知公告 · 规章制度 · 车间动态 · 下载中心⟧</div>
<div class="doc">
<h3>{T}</h3>
<div class="meta">⟦m 发布部门：安环科　发布人：汪海　阅读：88次⟧</div>
{BODY}
</div>
<div class="ops">⟦a 打印⟧ ⟦a 转发⟧ ⟦a 标记已读⟧</div>
<div class="ftr">⟦m 槠溪石雕厂信息中心 技术支持 分机 8012⟧</div>
</body></html>
""",
        body="""
厂领导：
现将上半年石狮雕刻车间安全生产情况报告如下。
一、基本情况
上半年车间共完成各类石狮订单212对，其中大型门狮18对。全车间未发生轻伤以上事故，发生手部划伤等轻微事件3起，均已处理。
二、主要做法
（一）粉尘治理。车间6台湿式切割机全部更换新喷淋头，打磨工位加装移动式除尘器，6月粉尘检测浓度比1月下降41%。
（二）起重作业。大型石料吊装实行“一吊一审”，行车司机持证上岗，每日班前检查钢丝绳和吊钩。
（三）个人防护。为全体雕刻工配发防尘口罩、护目镜和降噪耳罩，班组长每日抽查佩戴情况。
三、存在问题
部分老师傅习惯不戴护目镜，车间西侧通道堆放荒料影响疏散。
四、下一步措施
7月起实行防护用品佩戴扣分制度，7月15日前清理西侧通道。
安环科
2024年7月4日
抄送：厂工会，生产科。
槠溪石雕厂办公室　2024年7月4日印发
""",
    ),
    dict(
        slug="qa-petanque-answer-rules-text",
        site="问问知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenwenzd.com/question/30918824.html",
        title="法式滚球比赛的基本规则是什么？",
        record_title="法式滚球比赛的基本规则是什么？求详细点 - 问问知道",
        date=None,
        notes="Q&A; relative time 3天前 is no date; vote bar and other answers as chrome",
        page="""
!m 问问知道　　有问题，就问问
!m 问问知道 > 体育运动 > 其他运动
!t 法式滚球比赛的基本规则是什么？求详细点 - 问问知道
!m 提问者：江边散步的人　　3天前　　浏览 488 次
!l 我来回答　　我也想知道(12)
!m 最佳答案　　回答者：滚球裁判小何　　3天前
{BODY}
!l 有用(37)　没用(1)　评论　分享
!l 其他 2 条回答
!l 网友：我们小区老头天天玩，看着就会了哈哈
!a 登录后才能发表回答，去登录 >
!d 本页内容由网友提供，仅供参考，不代表问问知道观点。
""",
        body="""
简单说，法式滚球就是比谁的球离目标小球更近。基本规则如下：
1.分队：可以一对一、二对二或三对三。一对一和二对二每人3个球，三对三每人2个球。
2.开局：掷硬币决定先手，先手方在地上画一个直径35到50厘米的圆圈，站在圈内把目标小球抛到6到10米远的地方。
3.投球：先手方先投一个球，然后由离目标球较远的一方继续投，直到这一方的球比对方近为止，或者这一方的球全部投完。
4.计分：双方的球都投完后，一方有几个球比对方最近的球更靠近目标球，就得几分。
5.胜负：先得到13分的一方获胜。
建议第一次玩的话先去当地俱乐部跟着打几局，规则一看就懂。
""",
    ),
    dict(
        slug="qa-ski-jump-answer-html-sample-letter",
        site="知行问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhixingwenda.cn/q/771032",
        title="跳台滑雪训练中心要向教育局申请借用学生参加集训，函怎么写？",
        record_title=None,
        date=None,
        notes="Q&A HTML; question as the title; sample 函 with ××××年×月×日 placeholder is no date; 回答于 line",
        page="""
<html><head><meta charset="utf-8"><title>跳台滑雪训练中心要向教育局申请借用学生参加集训，函怎么写？_知行问答</title></head>
<body>
<div class="top">⟦m 知行问答⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 公文写作 · 47人关注 · 被浏览 2,310⟧</p></div>
<div class="a"><div class="author">⟦m 写材料的老林　回答于 2 天前⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 赞同 64⟧ ⟦l 收藏⟧ ⟦l 举报⟧</div></div>
<div class="side"><b>⟦l 相关问题⟧</b><p>⟦l 请示和函有什么区别？⟧</p><p>⟦l 商洽函的结尾怎么写⟧</p></div>
<div class="ft">⟦d 回答内容由用户提供，知行问答不对其准确性负责。⟧</div>
</body></html>
""",
        body="""
这种情况用商洽函，平行机关之间或者不相隶属机关之间都用函。给你一个样子，改改名称和人数就能用：
关于商请借调学生参加跳台滑雪冬季集训的函
××区教育局：
为备战省青少年跳台滑雪锦标赛，我中心拟于××××年×月×日至×月×日组织冬季集训。经选拔，贵局所属××中学××名学生入选集训名单。为保证集训顺利进行，现商请贵局同意上述学生参加集训，集训期间我中心负责学生的文化课辅导和安全管理。
妥否，请函复。
××跳台滑雪训练中心
××××年×月×日
注意两点：一是函的结尾用“请函复”或“盼复”，不要写“请批示”；二是把学生名单作为附件附上。
""",
    ),
    dict(
        slug="anthology-tea-picking-opera-essay",
        site="篁溪旧事（个人文集） (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wenji.huangxijiushi.cn/juan2/027.html",
        title="我在篁溪采茶剧团的三十年",
        record_title="《篁溪旧事》卷二·第27篇｜我在篁溪采茶剧团的三十年",
        date="2023-05-20",
        notes="collection with chapter navigation; date at the end of the essay; no chrome inside",
        page="""
!m 篁溪旧事 · 一位老演员的文集
!m 目录 ＞ 卷二 舞台 ＞ 第27篇
!t 《篁溪旧事》卷二·第27篇｜我在篁溪采茶剧团的三十年
{BODY}
!l ← 第26篇 师父的那把折扇　　｜　　第28篇 下乡演出的路 →
!l 返回卷二目录
!d 文集由作者家属整理上线，文字版权归作者所有。
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
一九八三年秋天，我十六岁，背着一床被子走进了篁溪县采茶剧团的大门。那时候剧团在老城隍庙里，戏台就是庙里的古戏台，后台冬冷夏热，可我们练功从来没停过。
采茶戏讲究“扇子花、矮子步”。师父说，一把扇子要能舞出茶叶、舞出蝴蝶、舞出山风来。我练矮子步练得膝盖肿了，晚上用热毛巾敷一敷，第二天接着练。
九十年代剧团最难的时候，一年只发八个月工资，不少师兄弟去了广东打工。我们留下来的十几个人，就挑着戏箱下乡演出，一个村唱两晚，吃住在老乡家里。
二〇〇八年，采茶戏列入国家级非遗名录，剧团搬进了新建的文化中心。如今我也带了七个徒弟，最小的才十四岁，和我当年一样。
三十年过去了，我还是喜欢站在侧幕边看台上的灯亮起来。那一刻，锣鼓一响，茶山就在眼前了。
二〇二三年五月二十日 于篁溪
""",
    ),
]
