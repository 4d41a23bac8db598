"""holdout285, part F: enterprise intranets, residents' sites, associations, company sites and training schools.

Invented text (every county, person, firm, site, URL and number); see ../README.md and ../build.py
for the markup. Each case is written by hand.
"""

CASES = [
    dict(
        slug="intranet-henggu-minutes-drum-workshop-safety",
        site="恒固制桶协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.henggu-drum.example.local/doc/view?docid=2024-0926-17",
        title="制桶车间2024年第三季度安全生产例会纪要",
        record_title="（已阅）制桶车间2024年第三季度安全生产例会纪要 ‹ 恒固OA",
        date="2024-09-26",
        notes="an OA document view: its 流转记录, read count, a 标记已阅 button and a watermark line; the minutes' "
        "时间/地点/主持/参会/记录 lines in the body, the 时间 line giving the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>（已阅）制桶车间2024年第三季度安全生产例会纪要 ‹ 恒固OA</title></head><body>
<div class="oa-top">⟦m 恒固OA · 鍑州恒固制桶有限公司协同办公平台⟧　⟦m 当前用户：质安部 韦一帆⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项 已办事项 公文查阅 会议管理 通讯录⟧</div>
<div class="doc-head">
<h2>{T}</h2>
<p>⟦m 文档类别：会议纪要　密级：内部　已读 46 人⟧</p>
<p><button>⟦a ✓ 标记已阅⟧</button> <button>⟦a 转送他人⟧</button> <button>⟦a 另存为PDF版⟧</button></p>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 葛晓（拟稿）2024-09-26 17:05 → 范振东（审核）2024-09-27 08:40 → 分发至各班组⟧</p></div>
<div class="wm">⟦d 内部文件 未经许可不得外传 · 韦一帆⟧</div>
<footer>⟦m 信息中心运维：分机 8016⟧</footer>
</body></html>
""",
        body="""
时间：2024年9月26日14:30
地点：制桶车间二楼会议室
主持：车间主任 范振东
参会：各班组长、安全员、设备员共11人
记录：车间安全员 葛晓
会议通报了第三季度车间安全生产情况，研究部署了第四季度重点工作。纪要如下：
一、三季度车间共生产各类铁桶8.6万只，未发生工伤事故，但发生卷边机夹手未遂事件1起，暴露出个别员工违规戴手套操作的问题。
二、会议决定，10月起在卷边、缝焊工位安装光电保护装置，由设备员负责10月20日前完成。
三、喷漆房铁桶堆放过高，影响通道畅通，要求每垛不超过五层，由各班组长每日检查。
四、四季度开展一次铁桶试漏工序应急演练，由安全员牵头制定方案。
""",
    ),
    dict(
        slug="intranet-hengsheng-bulletin-dressing-table-mirrors-docx",
        site="恒晟家具内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.hengsheng-jj.example.local/files/zj/2024-1014.docx",
        title="关于梳妆台镜面破损批次质量问题的通报",
        record_title="关于梳妆台镜面破损批次质量问题的通报.docx",
        date="2024-10-14",
        notes="an intranet file view as text: the file name as the title, a confidentiality line, read count and a "
        "routing line, an attachment-viewer prompt glued after a 。; 成文日期 under the signature",
        page="""
!m 【内部资料 注意保密】　恒晟家具内网 › 公文查阅 › 质量通报
!t 关于梳妆台镜面破损批次质量问题的通报.docx
!m 发文部门：质检部　　阅读：57 次　　上传：系统管理员
{BODY}
!m 流转：质检部 → 总经理办公室 → 各车间、销售部
!a [在线预览]　[下载原件]　[打印]
""",
        indent="\u3000\u3000",
        body="""
各车间、质检部、销售部：
近期，公司接到客户投诉，反映板式梳妆台在运输和安装过程中出现镜面破裂，县市场监管局抽查中我司一批次梳妆台镜面抗冲击性能也不合格。经质检部调查，现将有关情况通报如下：
一、问题原因：该批次梳妆台镜面由外购厂家供应，镜片厚度仅为3毫米，未按要求使用5毫米防爆银镜；包装车间未在镜面四角加装护角。⟦a （附件照片请在PC端查看）⟧
二、处理决定：对该批次未出库的216张梳妆台全部返工更换镜面；对采购部、包装车间相关责任人予以通报批评，扣发当月绩效。
三、整改要求：各车间要严格执行进货检验制度，镜面到货后逐批检测厚度；包装车间要按新标准包装，质检部每周抽查。
镂阳恒晟家具有限公司
2024年10月14日
""",
    ),
    dict(
        slug="community-chaiying-notice-old-coffee-tables-pickup",
        site="钗影社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chaiying-sq.example.cn/tzgg/2024/1104/216.html",
        title="关于开展旧茶几旧家具免费上门回收登记的通知",
        record_title="【旧物回收·邻里告知】关于开展旧茶几旧家具免费上门回收登记的通知｜钗影社区网",
        date="2024-11-04",
        notes="a residents' site: weather line, a grid worker's box, property repair and night lines beside the "
        "community's own 值班电话 in the body; sentences asking residents to 扫描 a QR code and to 分享 the notice; a volunteer-signup "
        "line on a line of its own between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【旧物回收·邻里告知】关于开展旧茶几旧家具免费上门回收登记的通知｜钗影社区网</title></head>
<body>
<div class="wx">⟦m 镌城区 小雨 12～17℃ 空气质量：良⟧</div>
<header>⟦m 钗影社区网 · 邻里守望 共建家园⟧</header>
<nav>⟦m 社区首页 社区公告 便民服务 志愿者之家 党群活动⟧</nav>
<div class="loc">⟦m 首页 » 社区公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：社区居委会　浏览 734⟧</div>
{BODY}
<div class="grid">⟦w 本楼栋网格员：于佳　139-7936-0214（有事您找我）⟧</div>
<div class="wy">⟦m 钗影花园物业24小时报修：0793-5546999⟧　⟦m 夜间应急：0793-5546990⟧</div>
<footer>⟦m 钗影社区居民委员会　地址：钗影路9号社区服务站一楼⟧</footer>
</body></html>
""",
        body="""
各位居民：
为方便居民处理闲置家具，减少大件垃圾乱堆乱放，社区联合“绿循”再生资源回收站，于11月9日至11月30日开展旧茶几、旧桌椅等旧家具免费上门回收活动。
一、回收范围：茶几、餐桌、椅凳、书柜等木质及金属家具，玻璃茶几请先拆下玻璃面板另行包装。
二、登记方式：请扫描社区公告栏上的二维码登记，或到社区服务站填写登记表。也欢迎把本通知分享给左邻右舍。
⟦l ☞ 想当回收志愿者？点这里报名⟧
三、上门时间：登记后3个工作日内，回收人员将电话联系并预约上门。
四、状态较好的茶几将经清洁修补后，捐赠给社区困难家庭。
社区值班电话：0793-5546021
钗影社区居民委员会
2024年11月4日
""",
    ),
    dict(
        slug="community-zhuanyuan-letter-bamboo-stool-yard-meeting-oneline",
        site="瑑园社区网 (invented residents' site)",
        style="社区网站",
        genre="公开信",
        kind="other",
        form="text",
        source="http://www.zhuanyuan-sq.example.cn/news/2024/0618/88.html",
        title="“带上小竹凳，来听院坝会”——致瑑园社区居民的一封信",
        record_title="【院坝会】“带上小竹凳，来听院坝会”——致瑑园社区居民的一封信_瑑园社区网",
        date="2024-06-18",
        notes="a residents' site as text with the whole letter on one line; a 'share to the building group' prompt "
        "glued after a 。; the signature and 成文日期 at the end of the line",
        page="""
!m 瑑园社区网　›　社区公告
{T}
!m 发布者：瑑园社区　浏览：512　　字体：大 中 小
{BODY}
!a 转发到楼栋群　　收藏
!m 瑑园社区服务站电话：0793-5541800　地址：瑑园路12号
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
从本月起，社区每月第三个周六晚上7点，在3栋和5栋之间的小广场召开“院坝会”。大家带上自家的小竹凳，围坐在一起，说说小区里的烦心事、操心事、开心事。
第一次院坝会定于6月22日晚上召开，主要商量三件事：一是小区东门电动车充电棚怎么建，二是楼道杂物怎么清，三是暑期孩子托管怎么办。⟦a 〔一键转发给楼栋群〕⟧
社区书记、物业经理、网格员都会到场，能当场解决的当场解决，一时解决不了的，一个月内给大家回音。
没有竹凳的居民也不用担心，社区准备了三十张竹凳，先到先坐。
期待您的参与！
瑑园社区党支部　瑑园社区居民委员会
2024年6月18日
""",
    ),
    dict(
        slug="association-louyang-furniture-pledge-dressing-table-formaldehyde",
        site="镂阳县家具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.lyjjxh.example.org.cn/xhdt/2024/0318/57.html",
        title="关于梳妆台等板式家具甲醛释放自律承诺的倡议书",
        record_title="【会员须知·环保】关于梳妆台等板式家具甲醛释放自律承诺的倡议书_镂阳县家具行业协会",
        date="2024-03-15",
        date_also=["2024-03-18"],
        notes="an association site: member-login row, member hotline, a join-the-association line; its name in the header "
        "is also the signature (matched as head); 发布日期 differs from 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【会员须知·环保】关于梳妆台等板式家具甲醛释放自律承诺的倡议书_镂阳县家具行业协会</title></head>
<body>
<div class="login">⟦a 会员单位登录　｜　申请入会⟧</div>
<header><div class="name">⟦m 镂阳县家具行业协会⟧</div><div class="en">⟦m LOUYANG FURNITURE ASSOCIATION⟧</div></header>
<nav>⟦m 首页 协会概况 协会动态 行业标准 会员风采 联系我们⟧</nav>
<div class="loc">⟦m 首页 > 协会动态 > 倡议书⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2024-03-18　来源：协会秘书处⟧</div>
{BODY}
<div class="join">⟦w 企业入会请致电会员服务部：0736-6617055⟧</div>
<footer>⟦m 会员服务热线：0736-6617000　协会地址：镂阳县家具产业园管委会大楼5楼⟧<br>⟦m 湘ICP备19008436号-1⟧</footer>
</body></html>
""",
        body="""
全县各家具生产企业：
梳妆台、衣柜等板式家具多放置在卧室，甲醛释放量直接关系群众健康。近年来，我县个别企业使用不合格板材、以次充好，损害了“镂阳家具”的整体声誉。为此，协会向全县家具企业发出如下倡议：
一、严把板材关。采购板材一律索取检测报告，梳妆台、床头柜等卧室家具全部使用E1级及以上环保板材。
二、严把工艺关。封边、涂装工序严格按标准施工，杜绝裸板出厂。
三、严把标识关。产品如实标注板材等级、甲醛释放量和生产厂家，不虚标、不夸大。
四、主动接受监督。欢迎消费者和媒体监督，协会将每半年组织一次会员产品抽检，结果向社会公布。
镂阳县家具行业协会
2024年3月15日
""",
    ),
    dict(
        slug="association-fuzhou-crochet-council-minutes-vote",
        site="鍑州市钩编艺术协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.fzgouxie.example.org/hywj/2024/0819/31.html",
        title="鍑州市钩编艺术协会第二届理事会第四次会议纪要",
        record_title="【理事会】鍑州市钩编艺术协会第二届理事会第四次会议纪要（第4次）- 鍑州市钩编艺术协会",
        date="2024-08-17",
        notes="an association's minutes as text: the 时间/地点/主持/出席/列席/记录 lines and a vote count in the "
        "body, the 时间 line giving the date; a members-only prompt on a line of its own between paragraphs",
        page="""
!m 鍑州市钩编艺术协会　·　会务文件
{T}
!m 秘书处发布　　阅读 206
{BODY}
!l ◀ 往期纪要：第二届理事会第三次会议纪要
!w 协会秘书处：0793-5563900（周二、周四全天）
!d 会务文件仅供会员参阅
""",
        indent="\u3000\u3000",
        body="""
时间：2024年8月17日上午9:00
地点：协会活动室
主持：会长 俞春燕
出席：理事15人（应到17人）
列席：监事 姜丽萍
记录：秘书长 吕安
会议审议并通过以下事项：
一、通过《“暖冬编织”公益活动实施方案》，计划今冬组织会员钩织围巾、帽子各500件，捐赠山区学校。表决结果：同意15票，反对0票，弃权0票。
⟦a 【会员登录后可查看方案全文】⟧
二、同意吸收新会员23名。
三、决定10月举办第三届钩针编织技能大赛，由副会长韦丹负责筹备。
四、会议要求各理事带头参与公益活动，按时报送作品进度。
""",
    ),
    dict(
        slug="company-yanmu-news-rounded-glass-coffee-tables-record",
        site="岩木家居官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yanmu-home.example.com/news/2024/0828/112.html",
        title="岩木家居发布“圆角安全”系列钢化玻璃茶几",
        record_date="2024-08-28",
        date="2024-08-28",
        notes="a company site, the record giving title and date: cookie notice, service float with a 400 order "
        "line, a dotted date line, a repeated title glued before the lead",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>岩木家居发布“圆角安全”系列钢化玻璃茶几_新闻中心_岩木家居官网</title></head>
<body>
<div class="cookie">⟦d 我们使用Cookie改善浏览体验，继续浏览即表示同意 【知道了】⟧</div>
<header>⟦m 岩木家居 YANMU HOME　让家更安心⟧</header>
<nav>⟦m 首页 产品中心 新闻中心 门店查询 招商加盟⟧</nav>
<div class="crumb">⟦m 新闻中心 / 企业新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024.08.28　浏览 2,310⟧</div>
<div class="news">
{BODY}
</div>
<div class="pn">⟦l ‹ 上一篇：岩木家居钗湖智能工厂通过验收⟧　⟦l 下一篇：茶几选购的五个小窍门 ›⟧</div>
<div class="kf">⟦w 在线客服　｜　订购热线 400-636-0828⟧</div>
<footer>⟦m © 2024 钗湖岩木家居有限公司　粤ICP备20031527号⟧</footer>
</body></html>
""",
        body="""
⟦t 岩木家居发布“圆角安全”系列钢化玻璃茶几⟧8月27日，岩木家居在钗湖经济开发区举行新品发布会，正式推出“圆角安全”系列钢化玻璃茶几。
该系列茶几采用8毫米均质钢化玻璃，经过热浸处理，大大降低了自爆风险；四角统一做成半径25毫米的圆角，并可加装硅胶防撞条，特别适合有老人和儿童的家庭。
岩木家居总经理严浩表示，公司今年投入研发资金600万元，建成了茶几玻璃抗冲击和耐热检测实验室，每批产品出厂前都要经过落球冲击测试。
据悉，“圆角安全”系列共有6款产品，将于9月起在全国门店和线上旗舰店同步销售。
""",
    ),
    dict(
        slug="company-henggu-recall-galvanised-buckets-batches",
        site="恒固制桶官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.henggu-drum.example.com/news/gonggao/20240708.html",
        title="关于召回部分批次镀锌铁桶的公告",
        record_title="关于召回部分批次镀锌铁桶的公告（附批次查询）· 恒固制桶",
        date="2024-07-08",
        notes="a company site as text: a batches table one row a paragraph, the recall line in the body beside the "
        "site's 400 order line and online service; 成文日期 under the signature",
        page="""
!m 恒固制桶　专业金属包装桶制造商
!m 首页　产品展示　新闻公告　联系我们
{T}
!m 发布：恒固制桶质量部　　点击：1,026
{BODY}
!m 订货热线：400-700-6618　　传真：0793-5570100
!w 在线客服 Q：2960813357
!d Copyright © 鍑州恒固制桶有限公司 版权所有
""",
        indent="\u3000\u3000",
        body="""
尊敬的客户：
我公司在质量回访中发现，2024年4月至5月生产的部分批次20升镀锌铁桶，桶底焊缝存在渗漏隐患。为保障用户使用安全，公司决定主动召回上述产品。涉及批次如下：
生产批号　生产日期　数量（只）
HG240412　2024年4月12日　3200
HG240426　2024年4月26日　2800
HG240510　2024年5月10日　3500
请持有上述批次产品的客户停止使用，并与我公司联系办理免费更换。批号印在桶底钢印处。
召回专线：0793-5570166（工作日8:00—18:00）
鍑州恒固制桶有限公司
2024年7月8日
""",
    ),
    dict(
        slug="training-qiaozhi-brochure-crochet-weekend-class",
        site="巧织手作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaozhi-xuetang.example.cn/course/2024-autumn-crochet.html",
        title="零基础钩针编织周末班招生简章",
        record_title="零基础钩针编织周末班招生简章 | 巧织手作学堂 · 秋季招生",
        date=None,
        notes="a training school: promo banner, consult float, a franchise 400 line beside the school's own 报名电话 in "
        "the body, a trial-lesson line on a line of its own between paragraphs; a course schedule; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>零基础钩针编织周末班招生简章 | 巧织手作学堂 · 秋季招生</title></head>
<body>
<div class="promo">⟦a 🎁 秋季报名季：前20名送进口羊毛线礼包⟧</div>
<header>⟦m 巧织手作学堂　一针一线 织出生活⟧</header>
<nav>⟦m 首页 课程体系 师资团队 学员作品 校区地址⟧</nav>
<h1>{T}</h1>
{BODY}
<div class="zx">⟦w 课程顾问在线 · 点我咨询⟧</div>
<div class="jm">⟦m 全国加盟热线：400-966-2580⟧</div>
<footer>⟦m 巧织手作学堂（鍑州）　鍑州市巧织文化传播有限公司⟧</footer>
</body></html>
""",
        body="""
巧织手作学堂秋季零基础钩针编织周末班开始招生啦！
一、课程安排：每周六下午2:00—4:30，共8次课。
二、课程内容：
第1—2次：认识钩针和线材，练习锁针、短针；
第3—5次：中长针、长针与加减针，完成杯垫和发圈；
⟦a ★ 不确定适不适合？先约一节9.9元体验课⟧
第6—8次：立体钩织，完成一只小熊玩偶。
三、学费：1280元，含全部钩针、毛线和工具包。
四、开课地点：鍑州市镌城区钗影路56号巧织手作学堂二楼。
五、报名电话：0793-5538208（学堂前台）
老学员介绍新学员报名，双方各减100元。
""",
    ),
    dict(
        slug="training-louyang-brochure-dressing-table-refinishing",
        site="镂阳木艺培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.lymuyi-px.example.cn/zhaosheng/2024/xiufu-duanqi.html",
        title="老家具修复短期班（梳妆台漆面翻新专题）招生简章",
        record_title="【匠心课堂】老家具修复短期班（梳妆台漆面翻新专题）招生简章 - 镂阳木艺培训学校",
        date=None,
        notes="a training school as text: a slogan, a course-adviser WeChat line, a 'sign up now' action glued after a "
        "。; a numbered list; the school's own address and 报名电话 in the body beside the site's hotline; no date",
        page="""
!m 镂阳木艺培训学校 · 学手艺 到镂阳
!m 课程中心 › 短期班 › 老家具修复
{T}
!m 课程顾问：潘老师　微信同号 13974062281
{BODY}
!a 【马上报名】　【预约试听】
!m 学校总部热线：0736-6628000
!d 招生简章最终解释权归镂阳木艺培训学校所有
""",
        indent="\u3000\u3000",
        body="""
你家是否也有一张舍不得扔的老梳妆台？漆面发黄、起皮、开裂，想修又不知道从哪下手？本期短期班手把手教你。
课程内容：
1. 老家具结构识别与拆装；
2. 旧漆层的清除与打磨；
3. 裂缝、缺损的修补；
4. 木蜡油、大漆两种涂装工艺；
5. 镜面更换与五金件修复。
上课方式：小班教学，每班8人，共5天，学员可带自家小件家具来上课。⟦a ▶ 名额有限，立即锁定座位⟧
学费：2600元（含材料费）。
报名地址：镂阳县榻溪镇木艺街18号　报名电话：0736-6628517
""",
    ),
]
