"""holdout68, part B: second-hand books (旧书) — book-drift corners, a used-textbook loop,
weekend book fairs, an old-book shop's rules and hiring, a library's weeding sale, a
traders' chamber, a recycling platform and an appraisal course. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-qiukou-book-drift-speech-html",
        site="楸口市直机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://djw.qiukou.example.gov.cn/zbjs/2025/0423/3305.html",
        title="在“旧书漂流·书香支部”主题党日活动上的讲话",
        record_title="【支部风采】在“旧书漂流·书香支部”主题党日活动上的讲话",
        date="2025-04-23",
        notes="Party-building page: speaker line and a date under the title (neutral), a scan-to-phone prompt, a 学习强国-style share row and a related list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在“旧书漂流·书香支部”主题党日活动上的讲话_楸口市直机关党建网</title></head><body>
<div class="top">⟦m 楸口市直机关党建网　　不忘初心　牢记使命⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 支部建设⟧</li><li>⟦m 学习园地⟧</li></ul>
<div class="pos">⟦m 位置：首页 → 支部建设 → 支部风采⟧</div>
<h1>{T}</h1>
<p class="spk">市直机关工委副书记　乔德润</p>
<p class="spk">（2025年4月23日）</p>
<div class="scan">⟦a 扫一扫在手机上阅读本文⟧</div>
<div class="con">
{BODY}
</div>
<div class="share">⟦l 分享：QQ空间　微信好友　新浪微博⟧</div>
<div class="xg">⟦l 相关新闻⟧<ul><li>⟦l 市直机关“读书月”活动启动⟧</li><li>⟦l 第三党支部开展红色观影⟧</li></ul></div>
<div class="foot">⟦m 中共楸口市直属机关工作委员会主办　电话：0539-2106613⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们在这里开展“旧书漂流·书香支部”主题党日活动，大家带来的每一本旧书，都将开始一段新的旅程。
读书是党员干部提升本领的重要途径，希望大家把读书学习当作一种生活态度、一种工作责任。
活动结束后，各支部要把收集的旧书登记造册，送到社区书屋和乡村学校，让更多人受益。
谢谢大家。
""",
    ),
    dict(
        slug="hospital-xiangwan-inpatient-book-corner-notice",
        site="橡湾县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xwxrmyy.example.com/news/tzgg/2025-03-05/668.html",
        title="关于在住院部设立旧书漂流角的通知",
        record_title="关于在住院部设立旧书漂流角的通知-橡湾县人民医院",
        date="2025-03-05",
        record_date="2025-03-05",
        notes="hospital site: the notice's own 联系电话 next to the hospital's 预约挂号 and 急救 lines in the footer; a 'back to top' link",
        page="""
!m 橡湾县人民医院　　二级甲等综合医院
!m 医院首页 | 医院概况 | 科室导航 | 就医指南 | 新闻中心
!m 当前位置：新闻中心 > 通知公告
{T}
!m 作者：院办　　发布日期：2025-03-05　　点击：87
{BODY}
!l ↑返回顶部
!m 预约挂号：0573-8210120　　24小时急救：0573-8213999
!m 地址：橡湾县健康路88号　　Copyright © 橡湾县人民医院
""",
        body="""
各临床科室：
为丰富住院患者及陪护家属的精神文化生活，医院决定在住院部一楼大厅和各病区活动室设立旧书漂流角。
欢迎全院职工捐赠闲置的文学、科普、健康类图书，书籍应内容健康、品相完好。
捐书请送至院团委办公室，联系人：陶静，联系电话：0573-8216031。
院团委每月对图书进行一次清点和消毒，确保书籍干净卫生。
橡湾县人民医院办公室
2025年3月5日
""",
    ),
    dict(
        slug="university-lingtian-used-textbook-news-html",
        site="柃田学院 新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.ltxy.example.edu.cn/info/1021/9930.htm",
        title="我校二手教材循环活动让三千余册教材“再就业”",
        date="2025-06-18",
        notes="university news page: 发布时间 byline as the date, a photo caption between paragraphs, a click counter, a 关闭 button and a footer with a 备案号",
        page="""
<html><head><meta charset="utf-8"><title>我校二手教材循环活动让三千余册教材“再就业”-柃田学院新闻网</title></head><body>
<div class="header">⟦m 柃田学院新闻网⟧<span>⟦m 学院首页 | 综合新闻 | 院部动态 | 媒体柃院 | 校园视点⟧</span></div>
<div class="path">⟦m 您的位置：首页 &gt;&gt; 校园视点⟧</div>
<h2>⟦t 我校二手教材循环活动让三千余册教材“再就业”⟧</h2>
<div class="info">⟦m 发布时间：2025-06-18　作者：学生处 叶晓鸥　审核：温海⟧ <span>⟦m 点击：[1436]⟧</span></div>
<div class="v_news_content">
{BODY}
</div>
<div class="btns">⟦a 【关闭】　【打印此文】⟧</div>
<div class="footer">⟦m 柃田学院党委宣传部　版权所有⟧<br>⟦m 黔ICP备10200417号⟧</div>
</body></html>
""",
        body="""
6月17日，由学生处和校团委联合主办的二手教材循环活动在图书馆广场举行。
活动现场，毕业生将用过的教材交给志愿者登记分类，低年级同学凭学生证免费领取。
⟦m 图为同学们在活动现场挑选教材。⟧
据统计，本次活动共收集教材三千二百余册，涵盖公共课和二十多个专业的课程用书。
学生处负责人表示，活动将每学期举办一次，倡导勤俭节约的校园风尚。
""",
    ),
    dict(
        slug="localforum-qiukou-weekend-book-fair-jammer-html",
        site="楸口在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.qiukouzx.example.com/forum.php?mod=viewthread&tid=301452",
        title="关于周末旧书集市临时调整摆摊区域的通知",
        record_title="[转帖] 关于周末旧书集市临时调整摆摊区域的通知 - 楸口便民 - 楸口在线",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="Discuz-like county forum with jammer fonts; a poster column; the post date differs from the notice's date (both accepted); a shop signature under the post",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>[转帖] 关于周末旧书集市临时调整摆摊区域的通知 - 楸口便民 - 楸口在线</title></head><body>
<div id="hd">⟦m 楸口在线　楸口人自己的论坛⟧</div>
<div id="pt">⟦m 楸口在线 › 论坛 › 楸口便民 › 查看帖子⟧</div>
<table><tr><td class="pls">⟦m 东门老李⟧<br>⟦m 积分 2310　帖子 417⟧</td>
<td class="plc"><h1>⟦t [转帖] 关于周末旧书集市临时调整摆摊区域的通知⟧</h1>
<div class="pi">⟦m 发表于 2025-7-3 08:55⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦w 东门旧书店收书：老版连环画、旧杂志，电话13905397724⟧</div>
</td></tr></table>
<div class="pgs">⟦l 回复　引用　支持(3)　反对(0)⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        body="""
各位摊主、市民朋友：
因文化广场地面改造施工，自7月5日起，周末旧书集市临时调整至人民公园东门停车场举办。
集市时间不变，为每周六、周日上午7时至12时。
请摊主按照现场划线区域摆放，不得占用消防通道，收摊后自行清理垃圾。
施工结束后，集市将迁回原址，具体时间另行通知。
楸口市文化广场管理处
2025年7月2日
""",
    ),
    dict(
        slug="download-zhiyuan-bookshop-rules-old-table",
        site="枳原资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.zhiyuan-down.example.com/soft/20417.html",
        title="旧书店图书收购管理制度",
        record_title="旧书店图书收购管理制度.doc",
        date=None,
        notes="old table layout of a download station: file-info table, three download links, an error-report link; a rule whose articles speak of 登记/扫码; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>旧书店图书收购管理制度.doc下载_枳原资料下载站</title></head><body>
<table width="980"><tr><td>⟦m 枳原资料下载站　www.zhiyuan-down.example.com⟧</td></tr>
<tr><td>⟦m 首页 → 文档下载 → 管理制度 → 旧书店图书收购管理制度.doc⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 文件大小：36KB⟧</td><td>⟦m 文件类型：doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-01-09⟧</td><td>⟦m 下载次数：413⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr></table>
<div class="intro"><b>⟦m 内容简介：⟧</b>
{BODY}
</div>
<div class="down">⟦a 电信下载地址⟧　⟦a 联通下载地址⟧　⟦a 本地高速下载⟧</div>
<div>⟦a 下载地址失效？点此报错⟧</div>
<div class="ft">⟦d 本站资源均来自互联网，仅供学习交流，请于下载后24小时内删除。⟧</div>
</body></html>
""",
        body="""
第一条　为规范本店旧书收购行为，防止收购来源不明的图书，制定本制度。
第二条　收购图书时，须登记售书人姓名、联系方式和图书数量，单次超过五十册的应查验身份证件。
第三条　盗版图书、内部资料及带有图书馆馆藏章的图书一律不予收购。
第四条　收购价格按品相分为三档，由店员当面评定，并通过店内收款码扫码付款。
第五条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="pta-qiukou-old-bookstore-interview-notice",
        site="楸口市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qkrsks.example.gov.cn/sydw/2025/0812/4410.html",
        title="楸口市古旧书店2025年公开招聘工作人员面试公告",
        record_title="【事业单位】楸口市古旧书店2025年公开招聘工作人员面试公告",
        date="2025-08-11",
        date_also=["2025-08-12"],
        notes="personnel-exam site: interview table, the announcement's own 咨询电话 next to the site's technical line and an anti-fraud line; 发布日期 differs from the 成文日期",
        page="""
!m 楸口市人事考试网　　www.qkrsks.example.gov.cn
!m 首页 > 事业单位招聘 > 面试公告
!t 【事业单位】楸口市古旧书店2025年公开招聘工作人员面试公告
!m 发布日期：2025-08-12　　来源：市人社局
{BODY}
!d 提醒：本网从未委托任何机构举办考前培训，谨防上当受骗。
!m 网站技术支持：0539-2207788（工作日9:00-17:00）
!l 【打印本页】　【关闭】
""",
        body="""
根据笔试成绩，现将面试有关事项公告如下。
一、面试人员名单
岗位　姓名　笔试成绩
图书采编　苗若溪　71.5
图书采编　费天朗　69.0
门市营业　骆晴　66.5
二、面试时间和地点：8月23日上午8时30分，市人力资源市场三楼。
三、面试人员须携带身份证和笔试准考证，按时报到。
咨询电话：0539-2208315。
楸口市人力资源和社会保障局
2025年8月11日
""",
    ),
    dict(
        slug="tender-chuchuan-library-weeding-auction-html",
        site="楮川市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.chuchuan.example.gov.cn/jyxx/cgjg/20250520/8813.html",
        title="楮川市图书馆剔旧图书处置项目竞价公告",
        date="2025-05-20",
        record_date="2025-05-20",
        notes="trading platform: project-info table, purchaser and agency contacts kept next to the platform's CA hotline; a lot table; a 'view original' button",
        page="""
<html><head><meta charset="utf-8"><title>楮川市图书馆剔旧图书处置项目竞价公告</title></head><body>
<div class="top">⟦m 楮川市公共资源交易平台⟧　⟦a 登录　注册⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="loc">⟦m 当前位置：交易信息 > 政府采购 > 其他公告⟧</div>
<h3>⟦t 楮川市图书馆剔旧图书处置项目竞价公告⟧</h3>
<div class="sub">⟦m 信息时间：2025-05-20　阅读次数：205⟧</div>
<div class="detail">
{BODY}
</div>
<div>⟦a 查看原公告PDF⟧</div>
<div class="foot">⟦m CA证书办理热线：400-8105-216⟧<br>⟦m 楮川市公共资源交易中心　版权所有⟧</div>
</body></html>
""",
        body="""
楮川市图书馆拟对一批已剔旧的馆藏图书进行公开竞价处置，现将有关事项公告如下。
一、处置标的
标包　内容　数量
一包　社科类旧书　约一万二千册
二包　过期期刊合订本　约三千册
二、竞价人资格：具有再生资源回收或图书经营资质的企业法人。
三、看样时间：5月26日至5月27日，地点为市图书馆负一楼书库。
采购人：楮川市图书馆，联系人：苏文晖，电话：0736-5201174。
代理机构：楮川鼎诚招标代理有限公司，联系人：贾琳，电话：0736-5230866。
""",
    ),
    dict(
        slug="lawfirm-lizhou-secondhand-pirated-books-article",
        site="栎州明衡律师事务所 (invented)",
        style="律所网站",
        genre="法律文章",
        kind="article",
        form="text",
        source="http://www.minghenglaw.example.cn/ztwz/2025/0615/182.html",
        title="网上卖二手书，也可能涉嫌侵权",
        record_title="法律讲坛丨网上卖二手书，也可能涉嫌侵权",
        date="2025-06-15",
        notes="law-firm article: 发布时间 byline, a consult box and a 'not legal advice' notice; a reader's sentence on sharing kept",
        page="""
!m 栎州明衡律师事务所　专业·诚信·高效
!m 首页 ＞ 律师文章 ＞ 知识产权
!t 法律讲坛丨网上卖二手书，也可能涉嫌侵权
!m 撰稿：邵律师　　发布时间：2025-06-15
{BODY}
!w 免费法律咨询：187-2201-3390（同微信）
!d 本文仅为普法交流，不构成对具体案件的法律意见。
!l 推荐阅读：二手车买卖合同纠纷怎么处理？
""",
        body="""
不少人喜欢在二手平台上出售闲置图书，一般情况下，转卖自己合法购买的正版图书并不违法。
但如果出售的是盗版书，或者把电子书打印装订后作为“二手书”出售，就可能侵犯著作权。
近期，我所代理的一起案件中，卖家将网上下载的教辅资料复印成册出售，被判赔偿权利人经济损失两万元。
提醒大家，出售旧书前请确认是正版，不要分享或销售复印的图书。
""",
    ),
    dict(
        slug="community-nanmen-book-swap-notice-html",
        site="榆汀县南门街道枫林社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://fenglin.nanmen.example.cn/sqhd/2025/0410/55.html",
        title="枫林社区“以书换书”活动通知",
        record_title=None,
        date="2025-04-10",
        notes="residents' site with a weather widget and a comment count; no record title; the notice's own 扫码报名 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>枫林社区</title></head><body>
<div class="head">⟦m 枫林社区居民之家⟧<span class="weather">⟦m 今日 多云 16℃～24℃⟧</span></div>
<div class="menu">⟦m 社区首页　社区公告　便民服务　邻里活动　网格员⟧</div>
<div class="main"><h2>{T}</h2>
<p class="src">⟦m 发布：社区居委会　2025-04-10⟧</p>
{BODY}
</div>
<div class="cmt">⟦l 居民留言（5）⟧　⟦l 我要留言⟧</div>
<div class="foot">⟦m 社区服务电话：0578-6155020　地址：南门街道枫林路6号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为迎接世界读书日，社区定于4月20日上午在社区文化广场举办“以书换书”活动。
居民可携带家中闲置的图书，每带一本换取一张换书券，凭券换取其他居民的图书。
参加活动请提前扫描社区公众号二维码报名，现场还设有亲子阅读角。
枫林社区居委会
2025年4月10日
""",
    ),
    dict(
        slug="association-tangao-used-book-chamber-minutes",
        site="棠坳市旧书业商会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.tajsh.example.org.cn/hyxw/2025/0228/19.html",
        title="棠坳市旧书业商会一届三次理事会会议纪要",
        record_title="【商会动态】棠坳市旧书业商会一届三次理事会会议纪要",
        date="2025-02-26",
        notes="a trade chamber's minutes: 时间/地点/主持/出席/记录 lines and a vote count kept; member-login prompt, a 入会 button and the chamber's footer",
        page="""
!m 棠坳市旧书业商会　　会员登录｜入会申请
!m 首页 / 商会动态 / 会议纪要
!t 【商会动态】棠坳市旧书业商会一届三次理事会会议纪要
!m 发布者：秘书处　　时间：2025-02-28 16:02
{BODY}
!a 会员专区：登录后可下载会议附件
!m 商会秘书处：棠坳市文汇路3号二楼　电话：0597-3381206
!d © 棠坳市旧书业商会 保留所有权利
""",
        body="""
时间：2025年2月26日上午9时
地点：商会会议室
主持：会长 潘东来
出席：理事十五人，监事二人
记录：庄小禾
会议审议通过了《2025年商会工作计划》，表决结果为同意十五票，反对零票，弃权零票。
会议决定，今年举办春秋两季旧书交流会，并推动会员商户建立统一的图书品相分级标准。
会议同意吸收“拾遗书屋”等三家商户为新会员。
""",
    ),
    dict(
        slug="corp-shuxun-recycle-platform-suspend-notice",
        site="书循环（楝城）科技有限公司 官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.shuxunhuan.example.com/news/notice/2025-09-01.html",
        title="关于暂停部分区域上门回收服务的公告",
        record_title="关于暂停部分区域上门回收服务的公告 - 书循环",
        date="2025-09-01",
        notes="company site: the announcement's own 客服热线 in the body next to the site's 400 line and app download prompt in the footer",
        page="""
!m 书循环 | 让每一本书都被再读一次
!m 首页　关于我们　回收服务　新闻公告　加入我们
{T}
!m 2025-09-01　　公司公告
{BODY}
!a 下载书循环APP，回收预约更方便
!m 全国服务热线：400-6628-301
!m 楝城书循环科技有限公司 © 2025　苏ICP备23041190号
""",
        body="""
尊敬的用户：
因物流合作方调整，自2025年9月5日起，我公司暂停楝城市东湖区、新港区的上门回收服务。
暂停期间，上述区域用户可将图书送至各合作书店的回收点，回收价格不变。
已预约的上门订单将由客服逐一联系处理，如有疑问，请拨打本地客服热线0510-6623018。
给您带来的不便，敬请谅解。
楝城书循环科技有限公司
2025年9月1日
""",
    ),
    dict(
        slug="training-gujiu-book-appraisal-course-brochure",
        site="樟塬文博培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="text",
        source="http://www.zywbpx.example.com/kecheng/jiushu.html",
        title="旧书鉴定与定价实务培训班招生简章",
        record_title="旧书鉴定与定价实务培训班招生简章（周末班）",
        date="2025-03-01",
        notes="training school: a fee table, the brochure's own 报名电话 next to an enrol box and a WeChat consult line; decorated title",
        page="""
!m 樟塬文博培训学校　　专注文博职业技能培训
!m 首页 > 课程中心 > 文博技能
!t 旧书鉴定与定价实务培训班招生简章（周末班）
!a 立即报名　　免费试听
{BODY}
!w 课程顾问微信：zywb_kefu06
!l 热门课程：古玩杂项入门｜字画装裱基础
!d 本站课程图片仅供参考，以实际授课为准。
""",
        body="""
本培训班面向旧书店从业人员、收藏爱好者招生，系统讲授旧书版本识别、品相评定和市场定价方法。
课程安排如下：
课程　课时　费用
版本识别　16课时　800元
品相与定价　12课时　600元
学员结业后颁发培训证书，报名电话：0736-3377105。
樟塬文博培训学校
2025年3月1日
""",
    ),
]
