"""holdout24, part B: a fishing-port master's blog, WeChat mirrors (a parents' school, an
aids-to-navigation office, a community children's home on one line), two sharing sites
(a guitar maker's safety pledge, a public-toilet renovation plan), two education portals,
an eyewear maker's intranet and a stone quarry's OA export, and two Q&A pages. Invented
text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-fishing-port-master-moratorium-html",
        site="渔港边的日子 (invented, a fishing-port master's blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://yugangbian.example-blog.cn/archives/1187",
        title="槭湾中心渔港2025年伏季休渔管理工作总结",
        record_title="槭湾中心渔港2025年伏季休渔管理工作总结 – 渔港边的日子",
        date="2025-09-05",
        date_also=["2025-09-07"],
        notes="blog template: header slogan, a post-meta line (also accepted), a tag cloud, archive, recent posts, a comment form; a data table; the office's own 值班电话 kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>槭湾中心渔港2025年伏季休渔管理工作总结 – 渔港边的日子</title>
<link rel="stylesheet" href="/wp-content/themes/sea/style.css"></head><body>
<header><h2 class="site-title">⟦m 渔港边的日子⟧</h2><p class="desc">⟦m 潮起潮落，记录一个港长的日常⟧</p>
<nav>⟦l 首页　港口杂记　休渔那些事　留言板⟧</nav></header>
<main><article><h1 class="entry-title">⟦t 槭湾中心渔港2025年伏季休渔管理工作总结⟧</h1>
<div class="entry-meta">⟦m 发布于 2025年9月7日　作者 港长老骆　分类 休渔那些事⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：休渔 渔港 安全生产⟧　⟦a 编辑⟧</footer></article>
<div id="comments"><h3>⟦l 发表回复⟧</h3><p>⟦a 您的电子邮箱地址不会被公开。 必填项已用 * 标注⟧</p></div></main>
<aside><h4>⟦l 近期文章⟧</h4><ul><li>⟦l 台风“海燕”过境那一夜⟧</li><li>⟦l 渔船北斗终端的那些小毛病⟧</li></ul>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年九月⟧</li><li>⟦l 2025年八月⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 休渔 台风 渔船 港口 码头 安全⟧</p></aside>
<footer>⟦m 自豪地采用 WordPress　｜　闽ICP备2023011867号-1⟧</footer>
</body></html>
""",
        body="""
今年伏季休渔期从5月1日12时开始，至8月16日12时结束。在县海洋与渔业局的统一部署下，中心渔港管理站认真履行港口管理职责，休渔秩序总体平稳。
一、休渔渔船管理
渔港登记在册渔船三百一十二艘，全部按期回港停泊，实行“船进港、证集中、人上岸”，集中保管渔船证书三百一十二套。
二、港区巡查
类别　　次数　　发现问题
日常巡查　　214　　17
夜间巡查　　96　　5
联合执法　　12　　3
三、安全防范
休渔期间应对台风两次，组织渔船加固缆绳、人员撤离上岸，未发生人员伤亡。
开渔后，管理站继续实行二十四小时值班，值班电话：0596-7730110。
槭湾中心渔港管理站
2025年9月5日
""",
    ),
    dict(
        slug="wechat-cachi-parents-school-lecture-account-date",
        site="檫溪家长学校 (invented WeChat account, on a mirror site)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.duwenji.example.com/s/cxjzxx-20250304",
        title="关于举办春季学期家庭教育公益讲座的通知",
        record_title="家校共育｜关于举办春季学期家庭教育公益讲座的通知",
        date="2025-03-04",
        notes="account mirror: a follow prompt at top, the account line with its time (the page's date: the notice has no signature date), a 'scan to sign up' sentence of the notice kept, reward/like/share rows and a 'read the original' link below",
        page="""
!a ↑ 轻触上方蓝字「檫溪家长学校」，设为星标不迷路
!t 家校共育｜关于举办春季学期家庭教育公益讲座的通知
!m 原创　檫溪家长学校　2025年03月04日 07:45　湖南
{BODY}
!a 长按下方二维码，关注我们
!m 供稿：县关工委家庭教育讲师团｜编辑：小葵｜审核：向东
!a 喜欢此内容的人还喜欢　　点个“在看”，让更多家长看到
!l 阅读原文　　阅读 2416　　赞 88
!d 微读集仅做公开文章的聚合展示，如有侵权请联系删除
""",
        body="""
各位家长朋友：
为帮助家长掌握科学的家庭教育方法，檫溪家长学校将于3月中旬起举办春季学期家庭教育公益讲座。
讲座安排如下：
场次　　时间　　主题　　主讲
第一场　　3月15日上午　　如何陪孩子度过青春期　　覃老师
第二场　　3月22日上午　　手机管理与亲子沟通　　杨老师
第三场　　3月29日上午　　培养孩子的阅读习惯　　苏老师
讲座地点在县青少年活动中心三楼报告厅，每场限一百五十人，家长可扫描海报上的二维码报名。
有疑问的家长可拨打家长学校办公室电话0739-5221906咨询。
""",
    ),
    dict(
        slug="wechat-navmark-office-boating-notice-html",
        site="榛川航标处 (invented WeChat account, mirrored)",
        style="公众号镜像",
        genre="通告",
        kind="notice",
        form="html",
        source="https://mp.weidujie.example.net/a/hbc-20250612",
        title="关于汛期船舶通航安全的通告",
        record_title=None,
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="WeChat-style page: the account header with its date (also accepted), a 'follow' card, an audio-reading button between paragraphs, a mini-program card, a reward row, related articles; 成文日期 at the end; title missing from the record",
        page="""
<html><head><meta charset="utf-8"><title>关于汛期船舶通航安全的通告</title></head><body>
<div id="js_article"><h1 class="rich_media_title">⟦t 关于汛期船舶通航安全的通告⟧</h1>
<div class="rich_media_meta_list">⟦m 榛川航标处⟧　⟦m 2025-06-12 17:30⟧　⟦m 发表于江西⟧</div>
<div class="profile_card">⟦a 关注该公众号，第一时间获取航道信息⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者　赞赏支持⟧</div>
<div class="tool">⟦l 分享　收藏　在看 37　留言⟧</div>
<div class="related"><h4>⟦l 往期推荐⟧</h4><p>⟦l 航标灯更换作业期间请注意避让⟧</p><p>⟦l 夏季水上游乐安全提示⟧</p></div></div>
<div class="mirror-ft">⟦m 本页由微读街镜像生成　www.weidujie.example.net⟧</div>
</body></html>
""",
        body="""
近期我县将进入主汛期，榛江干流水位上涨快、流速急，航道内漂浮物增多，部分航标可能发生移位。为保障船舶通航安全，现将有关事项通告如下。
一、过往船舶应加强瞭望，控制航速，夜间航行须开启规定号灯，不得在桥区和弯道处追越。
⟦a 点击收听本文语音版⟧
二、当榛川水文站水位超过警戒水位时，禁止小型客船、砂石船和所有非自航船舶航行。
三、船舶发现航标失常，应及时报告航标处，报告电话：0797-4458112（二十四小时）。
四、渡口、码头经营单位要落实汛期值班制度，严禁超载、冒险开航。
特此通告。
榛川航标处
2025年6月10日
""",
    ),
    dict(
        slug="wechat-children-home-plan-oneline",
        site="柚口县红星社区 (invented account, copied as one line)",
        style="公众号镜像",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://wx.duwenji.example.com/s/hxsq-20250701",
        title="红星社区儿童之家暑期托管服务方案",
        record_title="红星社区儿童之家暑期托管服务方案",
        record_date="2025-07-01",
        date="2025-07-01",
        notes="whole body on one line, paragraphs only apart by an ideographic-space indent; account chrome above and below",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 红星社区　柚口县城关镇
!m 2025-07-01　阅读 906
{BODY}
!a 转发给身边需要的家长吧～
!l 上一篇：社区纳凉晚会节目征集｜下一篇：防溺水安全提醒
""",
        body="""
为解决双职工家庭暑期看护难问题，红星社区儿童之家开展暑期托管服务，特制定本方案。
一、服务对象：辖区内六至十二周岁儿童，优先保障双职工家庭和困难家庭子女，共设名额六十个。
二、服务时间：7月10日至8月20日，每周一至周五上午八点至下午五点半。
三、服务内容：作业辅导、阅读分享、安全教育、手工和体育活动，不开展学科类培训。
四、安全保障：托管期间实行家长接送签字制度，每天由两名社工和四名志愿者值守。
五、报名方式：家长携带户口簿到社区服务站登记，或拨打社区电话0745-5118326报名。
""",
    ),
    dict(
        slug="docshare-guitar-maker-safety-pledge-wps-markers",
        site="共享吧文档 (invented sharing site)",
        style="文档分享",
        genre="责任书",
        kind="pledge",
        form="text",
        source="https://www.gongxiangba-doc.example.com/d/5519027.html",
        title="2025年度车间安全生产目标责任书",
        record_title="2025年度车间安全生产目标责任书.wps",
        date="2025-02-10",
        notes="a .wps file name as the record title; ♦N♦ page markers glued to the continuation line; upload notice and point price; a 'signature' block with blank 年 月 日 lines kept beside the filled date",
        pages=dict(fmt="♦{n}♦", every=130, start=2, glue=True),
        page="""
!m 共享吧文档　｜　你的资料，大家的资料
!t 2025年度车间安全生产目标责任书.wps
!m 格式：WPS　页数：3　上传时间：2025-02-18　下载积分：2
!a 立即下载　　收藏　　分享到QQ
{BODY}
!d 该资料由网友“琴弦”上传，如侵犯了您的权益请发送邮件至 jubao@gongxiangba-doc.example.com
!l 猜你喜欢：生产班组安全协议书　·　员工三级安全教育卡
""",
        body="""
为落实安全生产责任制，确保全年安全生产目标实现，栌阳县清音乐器制造有限公司与木工车间签订本责任书。
一、安全目标：全年不发生重伤及以上生产安全事故，不发生火灾事故，职业健康体检率达到百分之百。
二、车间主任职责：组织每日班前安全讲话，每周开展一次安全隐患自查，建立隐患整改台账。
三、重点防范：木工车间粉尘浓度较高，必须保持除尘设备正常运行，严禁在车间内吸烟和使用明火；喷漆工位作业人员必须佩戴防毒面具。
四、考核奖惩：责任目标完成情况与车间年终绩效挂钩，发生事故的实行一票否决。
本责任书一式两份，双方各执一份，有效期自签订之日起至2025年12月31日止。
公司（盖章）：栌阳县清音乐器制造有限公司
车间负责人（签字）：　　　　年　月　日
2025年2月10日
""",
    ),
    dict(
        slug="docshare-toilet-renovation-plan-html-no-title",
        site="文档共享空间 (invented)",
        style="文档分享",
        genre="实施方案",
        kind="plan",
        form="html",
        source="https://docspace.example.org/share/6d0a1f9e",
        title="棕坪镇农村公厕改造提升实施方案",
        record_title=None,
        date="2025-04-02",
        notes="a sharing-site reader with no record title (title in h1 and decorated in <title>); a file-info box, a comment box and a 'report' link; an attachment list and a funding table",
        page="""
<html><head><meta charset="utf-8"><title>棕坪镇农村公厕改造提升实施方案 - 在线阅读 - 文档共享空间</title></head><body>
<div class="hdr">⟦m 文档共享空间⟧<span>⟦a 上传文档⟧ ⟦a 我的空间⟧</span></div>
<h1>⟦t 棕坪镇农村公厕改造提升实施方案⟧</h1>
<div class="fileinfo">⟦m 分享者：乡建小刘　｜　格式 DOCX　｜　大小 36KB　｜　浏览 511⟧</div>
<div class="doc">
{BODY}
</div>
<div class="ops">⟦a 保存到我的空间⟧　⟦a 下载原文件⟧　⟦a 举报⟧</div>
<div class="comments">⟦l 评论（2）⟧<p>⟦l 游客8812：方案写得很细，参考了⟧</p><p>⟦l 山里人：表格能不能发个Excel版⟧</p></div>
<div class="ft">⟦d 文档共享空间所有文档均由用户分享，平台不对内容的准确性负责⟧</div>
</body></html>
""",
        body="""
为改善农村人居环境，补齐公共厕所短板，结合我镇实际，制定本方案。
一、改造目标
2025年完成十二座农村公厕改造提升，实现行政村公厕全覆盖，做到有人管、有钱管、有制度管。
二、资金安排
村名　　座数　　投资（万元）
上垄村　　3　　36
杉口村　　4　　44
石门村　　5　　52
三、管护机制
每座公厕落实一名保洁员，村委会每月检查一次，镇政府每季度考评一次。
附件：1.公厕改造标准图集
2.公厕管护考评表
棕坪镇人民政府
2025年4月2日
""",
    ),
    dict(
        slug="edu-qiuyuan-lab-chemicals-notice-html",
        site="楸原县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.qiuyuan.example.gov.cn/jyxw/tzgg/2025-03-11/3021.html",
        title="关于开展中小学实验室危险化学品专项清查的通知",
        record_title=None,
        date="2025-03-10",
        date_also=["2025-03-11"],
        notes="education portal: a top login row, nav, breadcrumb, a byline with 发布时间 (also accepted), a clearance table, the centre's own 联系人/电话 beside the portal's 举报电话; prev/next and footer",
        page="""
<html><head><meta charset="utf-8"><title>关于开展中小学实验室危险化学品专项清查的通知 - 通知公告 - 楸原教育网</title></head><body>
<div class="toplink">⟦a 教师登录⟧ ⟦a 学生登录⟧ ⟦a 邮箱⟧</div>
<div class="banner">⟦m 楸原教育网⟧</div>
<div class="menu">⟦l 首页｜教育动态｜通知公告｜招生考试｜教研天地｜党建园地⟧</div>
<div class="path">⟦m 当前位置：首页 >> 通知公告⟧</div>
<h2>⟦t 关于开展中小学实验室危险化学品专项清查的通知⟧</h2>
<div class="by">⟦m 作者：装备中心　发布时间：2025-03-11　浏览：942次⟧</div>
<div class="content">
{BODY}
</div>
<div class="prevnext">⟦l 上一篇：2025年中小学生体质健康测试工作安排⟧<br>⟦l 下一篇：关于举办全县中小学实验教学说课比赛的通知⟧</div>
<div class="foot">⟦m 主办：楸原县教育局　教育行风举报电话：0739-8120370⟧<br>⟦m 湘ICP备20251733号-5⟧</div>
</body></html>
""",
        body="""
各中小学校、县直各学校：
为消除校园安全隐患，县教育局决定在全县中小学开展实验室危险化学品专项清查。现将有关事项通知如下。
一、清查内容：易制毒、易制爆化学品及剧毒化学品的数量、存放、领用和台账记录情况。
二、时间安排：
阶段　　时间　　工作内容
自查　　3月12日至3月25日　　学校全面自查并建立清单
抽查　　3月26日至4月10日　　县装备中心组织抽查
整改　　4月11日至4月30日　　问题学校限期整改
三、工作要求：各校要严格落实双人保管、双人领用、双把锁、双本账制度，过期化学品由县装备中心统一联系有资质单位处置。
联系人：陶健，电话：0739-8123508。
楸原县教育局
2025年3月10日
""",
    ),
    dict(
        slug="edu-zhangting-uniform-procurement-wrapped",
        site="樟汀市教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ztedu.example.cn/html/tzgg/2025/0605/1133.html",
        title="关于规范2025年秋季学期中小学生校服采购工作的通知",
        record_title="【通知】关于规范2025年秋季学期中小学生校服采购工作的通知",
        date="2025-06-05",
        notes="hard-wrapped at 60 columns with a full-width indent; numbered points; a 文号 line (neutral); site banner, column line and footer chrome",
        wrap=60,
        indent="\u3000\u3000",
        page="""
!m 樟汀市教育信息网　｜　教育为民　办学惠民
!m 栏目：通知公告　　录入：资助办　　日期：2025-06-05　　点击：1366
!t 【通知】关于规范2025年秋季学期中小学生校服采购工作的通知
樟教发〔2025〕27号
{BODY}
!a 【关闭】　【顶部】　【打印】
!m 樟汀市教育局主办　版权所有　备案编号：闽ICP备10022061号
""",
        body="""
各县（区）教育局，市直各学校：
为规范中小学生校服采购行为，切实维护学生和家长合法权益，现就做好2025年秋季学期校服采购工作通知如下。
1.坚持家长自愿。学校不得强制或变相强制学生购买校服，不得要求学生一年四季都穿校服。
2.规范采购程序。校服采购由学校家长委员会全程参与，采购结果须在校内公示五个工作日。
3.严把质量关口。每批校服须经有资质的检测机构抽检合格后方可发放，检测报告向家长公开。
4.加强监督检查。市教育局将会同市场监管部门开展专项检查，对违规学校予以通报。
樟汀市教育局
2025年6月5日
""",
    ),
    dict(
        slug="intranet-eyewear-minutes-html-circulation",
        site="明瞳光学内部门户 (invented eyewear maker's intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.mingtong-optical.example.local/doc/view?id=20250416-07",
        title="2025年第二季度质量分析会会议纪要",
        record_title="内部文件：2025年第二季度质量分析会会议纪要",
        date="2025-04-18",
        date_also=["2025-04-16"],
        notes="intranet document view: user bar, module tabs, a circulation record and read count under the document; minutes' 时间/地点/主持/参会/记录 lines kept; 印发 date expected, meeting date also accepted",
        page="""
<html><head><meta charset="utf-8"><title>内部文件：2025年第二季度质量分析会会议纪要</title></head><body>
<div class="userbar">⟦m 欢迎您，品质部 吕婧⟧　⟦a 修改密码⟧　⟦a 安全退出⟧</div>
<div class="tabs">⟦l 我的待办　公文管理　制度汇编　通讯录　内部论坛⟧</div>
<div class="docbar">⟦m 文档编号：MT-QM-2025-07　密级：内部⟧</div>
<h3>⟦t 2025年第二季度质量分析会会议纪要⟧</h3>
<div class="docbody">
{BODY}
</div>
<div class="flow"><b>⟦m 流转记录⟧</b><br>⟦m 04-18 09:12 总经办 发起⟧<br>⟦m 04-18 10:30 品质部 已阅⟧<br>⟦m 04-18 14:05 生产部 已阅⟧</div>
<div class="readcount">⟦m 已读 46 人　未读 3 人⟧　⟦a 导出PDF⟧　⟦a 打印⟧</div>
<div class="ft">⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年4月16日14:30
地点：公司三楼会议室
主持：副总经理 饶建平
参会：品质部、生产部、研发部、采购部负责人及各车间主任
记录：吕婧
会议听取了品质部关于一季度产品质量情况的汇报，分析了镜片镀膜不良率上升的原因，研究部署了二季度质量改进工作。纪要如下。
一、一季度镜架出厂合格率为百分之九十九点二，镜片镀膜不良率为百分之一点八，比上季度上升零点五个百分点。
二、会议要求生产部在4月底前完成两台镀膜机的真空系统检修，研发部牵头修订镀膜工艺参数。
三、采购部要对三家膜料供应商开展现场审核，审核不合格的暂停供货。
四、品质部每周通报一次不良率数据，5月中旬组织复盘。
总经理办公室
2025年4月18日印发
""",
    ),
    dict(
        slug="intranet-quarry-inspection-briefing-banji",
        site="椴山石材公司OA (invented export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://oa.duanshan-stone.example.local/gw/2025/0520/14",
        title="关于5月份安全生产检查情况的通报",
        record_title="关于5月份安全生产检查情况的通报（OA导出）",
        date="2025-05-20",
        notes="an OA export: header with document fields, an approval trail at the bottom, a 抄送/印发 版记 kept in the body, a 文号 line neutral; an export stamp is no date",
        page="""
!m 椴山县鑫磊石材有限公司协同办公平台
!m 公文查看　>　发文管理　>　已归档
!m 拟稿：安环部 方锐　｜　核稿：邹文　｜　签发：钟永年
鑫磊安〔2025〕6号
!t 关于5月份安全生产检查情况的通报
{BODY}
!m 审批意见：同意印发。钟永年 2025-05-20 16:11
!m 导出人：档案室　导出时间：2025-06-02 09:03
!a [打印] [下载正文] [关闭]
""",
        body="""
各矿区、各车间：
5月14日至16日，公司安全生产检查组对两个矿区和三个加工车间进行了安全生产检查，现将检查情况通报如下。
一、总体情况
本次检查共发现隐患二十三处，其中一般隐患二十一处、较大隐患两处，已整改十九处。
二、主要问题
1.二号矿区边坡台阶高度超过设计要求，局部有浮石未清理。
2.切割车间部分砂轮机防护罩缺失，个别员工未佩戴防尘口罩。
3.爆破器材库出入登记不完整。
三、整改要求
各单位要在5月31日前完成全部隐患整改，安环部组织复查，复查情况纳入月度考核。
椴山县鑫磊石材有限公司
2025年5月20日
抄送：县应急管理局，县自然资源局。
鑫磊石材有限公司办公室　2025年5月20日印发
""",
    ),
    dict(
        slug="qa-honour-home-application-sample-placeholder",
        site="问问通 (invented Q&A site)",
        style="问答社区",
        genre="申请书",
        kind="letter",
        form="text",
        source="https://www.wenwentong.example.com/q/83301927.html",
        title="光荣院入院申请书怎么写？",
        record_title="光荣院入院申请书怎么写？_问问通",
        date="2025-08-19",
        notes="a Q&A: the question as the title; the answer's 回答于 line is the page's date; the sample letter's ××××年××月××日 placeholder is no date; other answers and a 'related questions' list below",
        page="""
!m 问问通 > 社会民生 > 优抚安置
!t 光荣院入院申请书怎么写？_问问通
!m 提问者：木子李2019　　浏览 1.3万次
我爸是老复员军人，今年八十多了，想申请住光荣院，申请书有没有格式？
!m 最佳答案　　热心网友“优抚专干老熊”　回答于 2025-08-19 10:26
{BODY}
!a 赞同 215　｜　评论 12　｜　举报
!l 其他 3 条回答 >
!l 相关问题：优抚对象集中供养需要什么条件？｜光荣院收费标准是多少？
!d 问问通内容由网友提供，仅供参考，不构成专业意见
""",
        body="""
入院申请一般由本人或家属书写，交户籍所在地乡镇（街道）退役军人服务站初审。给你一个参考格式：
入院申请书
县光荣院：
本人×××，男，××××年××月出生，系××乡××村老复员军人。因年老体弱、生活不能完全自理，自愿申请入住县光荣院集中供养，恳请批准。
申请人：×××
××××年××月××日
另外要准备身份证、户口簿、优待证复印件和近期体检报告，服务站审核后会报县退役军人事务局审批。
""",
    ),
    dict(
        slug="qa-farmstay-licence-answer-html",
        site="知了问答 (invented Zhihu-like Q&A)",
        style="问答社区",
        genre="问答",
        kind="article",
        form="html",
        source="https://www.zhiliaowenda.example.cn/question/58120337/answer/993017",
        title="开农家乐需要办理哪些证照？",
        record_title=None,
        date="2025-04-27",
        notes="a Zhihu-like answer page with no record title: the question as title, an answer header with 编辑于 time (the page's date), a fold 'expand' button inside the body, vote bar, a related-questions sidebar and a login wall",
        page="""
<html><head><meta charset="utf-8"><title>开农家乐需要办理哪些证照？ - 知了问答</title></head><body>
<div class="AppHeader">⟦m 知了问答⟧　⟦a 写回答⟧　⟦a 登录/注册⟧</div>
<h1 class="QuestionHeader-title">⟦t 开农家乐需要办理哪些证照？⟧</h1>
<div class="QuestionHeader-side">⟦m 关注者 208　被浏览 46,771⟧</div>
<div class="AnswerItem"><div class="AuthorInfo">⟦m 棕坪乡村旅游协会 秘书长⟧</div>
<div class="RichContent">
{BODY}
</div>
<div class="ContentItem-time">⟦m 编辑于 2025-04-27 15:02・IP 属地湖南⟧</div>
<div class="ContentItem-actions">⟦a 赞同 1.2K　添加评论　分享　收藏　喜欢⟧</div></div>
<div class="Sidebar"><h4>⟦l 相关问题⟧</h4><p>⟦l 农村自建房可以直接改成民宿吗？ 36 个回答⟧</p><p>⟦l 农家乐一年大概能赚多少钱？ 112 个回答⟧</p></div>
<div class="Modal">⟦a 登录知了问答，查看更多精彩回答⟧</div>
</body></html>
""",
        body="""
谢邀。我们协会每年都要帮不少新开的农家乐跑手续，按顺序大致是这样的：
1.营业执照。到乡镇便民服务中心或者网上申请个体工商户登记，经营范围写清餐饮、住宿。
2.食品经营许可证。提供餐饮的必须办，后厨要有独立的粗加工、烹饪和餐具消毒区域。
⟦a 展开阅读全文∨⟧
3.特种行业许可证。提供住宿的要到派出所办理，并安装旅馆业治安管理信息系统。
4.消防安全检查。客房超过一定数量的，要通过消防部门的检查。
5.从业人员健康证。所有接触食品的人员都要持证上岗。
建议先到县文旅部门咨询，各地对农家乐的床位数和面积要求不一样。
""",
    ),
]
