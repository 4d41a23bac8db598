"""holdout311, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text, written by hand; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-qingtai-essay-dorm-washbasin-stand",
        site="青苔与粉笔 (invented, WordPress-like teacher's blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://qingtai-fenbi.cn/2024/03/18/lianpenjia/",
        title="宿舍里的那排脸盆架",
        record_title="〔旧物絮语〕宿舍里的那排脸盆架 | 青苔与粉笔",
        date="2024-03-18",
        notes="blog post: bracketed post time is the page's date; calendar widget, archive, tag cloud, comment form; "
        "a like button glued after 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>〔旧物絮语〕宿舍里的那排脸盆架 | 青苔与粉笔</title>
<link rel="stylesheet" href="/wp-content/themes/moss/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header id="masthead"><p class="site-title">⟦m 青苔与粉笔⟧</p><p class="site-description">⟦m 一个县中老师的碎碎念⟧</p>
<nav>⟦m 首页⟧ ⟦m 课堂札记⟧ ⟦m 旧物絮语⟧ ⟦m 留言本⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2024-03-18 21:40]　作者：苔痕　分类：旧物絮语⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：宿舍　脸盆架　高中⟧</footer>
<nav class="post-navigation">⟦l ← 那年冬天的煤球炉⟧ ⟦l 一只掉瓷的搪瓷缸 →⟧</nav>
<section id="comments"><h3>⟦l 路过就留句话吧⟧</h3><p>⟦l 怎么称呼您（必填）⟧</p><p>⟦l 邮箱（不会公开）⟧</p><button>⟦a 提交留言⟧</button></section>
</article></main>
<aside id="secondary">
<section class="widget_calendar">⟦l 2024年三月 一 二 三 四 五 六 日⟧</section>
<section class="widget_archive"><h4>⟦l 往日存档⟧</h4><ul><li>⟦l 2024年三月 (4)⟧</li><li>⟦l 2024年二月 (6)⟧</li></ul></section>
<section class="widget_tag_cloud">⟦l 旧物 课堂 学生 读书 县城⟧</section>
</aside>
<footer id="colophon">⟦m © 2024 青苔与粉笔 · 用 WordPress 搭的小窝⟧</footer>
</body></html>
""",
        body="""
二十多年前，我在墼岭县一中读高中，住的是一排平房宿舍。每间屋子靠门的墙边，立着一排铁管焊的脸盆架，上下两层，一层放盆，一层搁牙缸和肥皂盒。
那时没有自来水进宿舍，早上六点钟铃一响，大家端着脸盆去院子里的水龙头排队。回来把盆往架子上一搁，毛巾往横杆上一搭，就算收拾好了。
脸盆架是值日生检查的重点。盆要一条线，毛巾要对折，谁的盆歪了，整间宿舍都要扣分。为这事，我没少挨室长的数落。⟦a ♥ 喜欢这篇 12⟧
去年回母校，平房早拆了，新宿舍楼里装着不锈钢的洗漱台。站在台前，我竟有些想念那排掉了漆的脸盆架，想念那些排着队打水的清晨。
""",
    ),
    dict(
        slug="blog-azhu-diy-shoe-bench-wrapped-58",
        site="阿杼的小屋 (invented, personal blog)",
        style="博客",
        genre="经验分享",
        kind="other",
        form="text",
        source="http://azhu-xiaowu.net/post/xuanguan-huanxiedeng",
        title="玄关换鞋凳自己做：带储物格的那种",
        record_title="玄关换鞋凳自己做：带储物格的那种 - 周末木工 - 阿杼的小屋",
        date=None,
        notes="blog text hard-wrapped at 58 columns with blank lines between paragraphs; 更新于 3 天前 is no date; a repost link between paragraphs",
        page="""
!m 阿杼的小屋
!m 木屑、咖啡和一点点生活
!m 首页 / 周末木工 / 正文
{T}
!m 阿杼 · 更新于 3 天前 · 阅读 512 · 评论 7
{BODY}
!l 本文标签：#换鞋凳 #玄关收纳 #松木
!l 上一篇：阳台花架第二版　　下一篇：给猫做个爬架
!l 评论（7）
!l 小满：储物格的尺寸能再说一下吗？
!l 阿杼 回复 小满：每格宽36厘米，正好放一双运动鞋
!m 本站内容未经许可请勿转载 · 阿杼的小屋 2019-2024
""",
        wrap=58,
        gap=True,
        body="""
家里玄关窄，一直是站着换鞋，我爸来住了一阵，弯腰系鞋带总说头晕。上个月我下决心做一张换鞋凳，顺便把散在地上的鞋收起来。
凳子用的是二十毫米厚的松木指接板，长九十厘米，高四十五厘米，深三十厘米。下面分成两层储物格，上层放常穿的鞋，下层放拖鞋。
⟦l 延伸看看：我的第一张松木小板凳怎么做的 >>⟧
坐面我多加了一层海绵和一块棉麻布，坐上去不硌。靠墙一侧用两只角码固定在墙上，老人起身时扶着凳面用力，也不会晃。
前后花了两个周末，材料一共三百来块。我爸现在每次出门都坐着慢慢换鞋，说比原来舒服多了。
""",
    ),
    dict(
        slug="wechat-zhouxi-pledge-bath-stool-no-title",
        site="mirror of the WeChat account 荮溪女声 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wxread.pinlan-mirror.cn/s/zhouxinvsheng/20241008A",
        title="关于为高龄独居老人家庭配送防滑浴凳的倡议书",
        record_title=None,
        date="2024-10-08",
        notes="no title in the record: the mirror's <h1>; a follow prompt glued before the salutation; account line is the page's date; "
        "'分享给身边的亲友' is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>荮溪女声 | 品览公号镜像</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/static/pl-reader.js"></script>
</head><body>
<div class="pl-head">⟦m 品览公号镜像⟧ <span>⟦m 收录公众号文章，方便电脑端阅读⟧</span></div>
<div id="img-content">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 荮溪女声　2024年10月8日 18:02　广东⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
<p>⟦m 供稿：菩泉社区妇联　编辑：韦可　审核：隋红⟧</p>
</div>
<div class="rich_media_tool">⟦l 阅读 3826　｜　点亮在看 41　｜　留言 9⟧</div>
<div class="qr">⟦a 长按识别二维码，把荮溪女声加入常读⟧</div>
</div>
<div class="pl-foot">⟦d 品览只做公众号文章的电脑端展示，著作权归原公众号所有，如需下架请联系我们⟧</div>
</body></html>
""",
        p_html='<section style="line-height:1.75em;"><p>{}</p></section>',
        body="""
⟦a 点上方蓝字「荮溪女声」，每天陪你读一篇⟧各位姐妹、各位居民朋友：
冬季将至，浴室湿滑，高龄独居老人洗澡时跌倒的风险明显增加。为让老人们安安稳稳洗个热水澡，区妇联向全区妇女群众和爱心家庭发出如下倡议：
一、做一次上门探访。请各位姐妹留意身边八十岁以上的独居老人，了解家中是否有稳当的浴凳。
二、献一份爱心。欢迎爱心家庭、企业认捐防滑浴凳，每张约六十元，由各社区妇联统一配送。
三、教一个好习惯。配送时帮老人把浴凳放稳，提醒老人坐着洗、慢慢起。
欢迎将本倡议分享给身边的亲友，让更多人加入进来。
廛河市荮溪区妇女联合会
2024年10月8日
""",
    ),
    dict(
        slug="wechat-jiling-xumu-feed-bucket-cleaning-tips",
        site="公号文摘 mirror of the account 墼岭畜牧 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.gonghao-wenzhai.com/a/jilingxumu/2024070201.html",
        title="饲料桶多久洗一次？这份清洗指南请收好",
        record_title="饲料桶多久洗一次？这份清洗指南请收好 | 墼岭畜牧 · 公号文摘",
        date="2024-07-02",
        notes="WeChat mirror in text: account line is the page's date; a QR line after the body while '扫描文末二维码关注' is content; "
        "a star prompt on its own line between paragraphs",
        page="""
!m 公号文摘 · 好文章慢慢读
!m 墼岭畜牧
{T}
!m 墼岭畜牧　2024-07-02 07:45　湖南
!a ↑ 点“墼岭畜牧”，设为星标，推送不走丢
{BODY}
!m 图片：县畜牧兽医服务中心
!a 〔二维码〕扫一扫，加墼岭畜牧为好友
!l 往期回顾：夏季鸡舍降温七招　｜　生猪调运备案怎么办
!a 觉得有用，点个在看再走
!d 本页由公号文摘自动收录，仅供阅读交流，版权归墼岭畜牧所有
""",
        body="""
入夏以后气温高、湿度大，饲料桶里的残料很容易发霉。霉变饲料喂了鸡猪，轻则掉膘，重则中毒。那么饲料桶该怎么洗、多久洗一次？县畜牧兽医服务中心给大家整理了几条要点。
1.倒空残料。每次添新料前，先把桶底的旧料倒干净，结块的不要再喂。
2.清水冲刷。用刷子把桶壁、桶底刷一遍，特别是桶口的螺纹和提手处。
⟦a ☆ 记得星标墼岭畜牧，防疫提醒第一时间收到 ☆⟧
3.消毒晾干。用稀释后的消毒液浸泡十分钟，再用清水冲净，倒扣在通风处晾干。
夏季建议每周清洗一次，阴雨天要加密到每三天一次。
养殖户可扫描文末二维码关注县畜牧兽医服务中心，领取清洗消毒记录表。
""",
    ),
    dict(
        slug="docshare-wendanghui-rules-feed-bucket-doc",
        site="文档汇 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.wendanghui.cn/doc/7741028815.html",
        title="养殖场饲料桶清洗消毒管理制度",
        record_title="养殖场饲料桶清洗消毒管理制度.doc",
        date=None,
        notes="file-name record title; sharing reader with upload notice, points lock, service WeChat and ratings; "
        "articles 第N条 speak of 打印 and 扫码 as content; no date (a rule)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>养殖场饲料桶清洗消毒管理制度.doc - 文档汇</title>
<script src="https://cdn.wendanghui.cn/js/reader-2.3.js"></script>
</head><body>
<div class="wdh-bar"><a href="/">⟦m 文档汇⟧</a> ⟦m 汇聚好文档⟧ <a href="/upload">⟦a 我要传文档赚积分⟧</a></div>
<div class="wdh-path">⟦m 文档汇 &gt; 农林牧渔 &gt; 养殖管理⟧</div>
<div class="wdh-doc">
<h1>{T}</h1>
<div class="wdh-info">⟦m 格式：doc　页数：2　分享者：隋家坝小隋　下载：316次⟧ ⟦l 评分：★★★★☆ 4.6⟧</div>
<div class="wdh-note">⟦d 提醒：此文档由分享者上传，文档汇不保证其准确性，内容仅作参考⟧</div>
<div class="wdh-content">
{BODY}
</div>
<div class="wdh-lock">⟦a 下载此文档需 8 积分，积分不够？签到可领⟧ <a>⟦a 确认下载⟧</a></div>
<div class="wdh-kf">⟦w 找不到想要的文档？加客服微信 wdh_kefu6 帮你找⟧</div>
</div>
<div class="wdh-rel"><h4>⟦l 和这份文档相似的⟧</h4><ul><li>⟦l 养殖场消毒管理制度（通用）⟧</li><li>⟦l 饲料仓库管理规定⟧</li><li>⟦l 兽药使用登记制度⟧</li></ul></div>
<div class="wdh-foot">⟦m 文档汇 wendanghui.cn　苏ICP备19076632号-2⟧</div>
</body></html>
""",
        p_html='<div class="wdh-p">{}</div>',
        body="""
第一条　为规范饲料桶使用管理，防止饲料污染和疫病传播，制定本制度。
第二条　本制度适用于本场所有盛装、转运饲料的桶具。
第三条　饲料桶实行专桶专用，饲料桶与兽药桶、消毒液桶分开存放，不得混用。
第四条　饲料桶每周清洗消毒一次，遇疫情或饲料变质时立即清洗消毒。
第五条　清洗消毒记录表由场部每月统一打印，挂在饲料间门口，饲养员逐次填写。
第六条　每只饲料桶张贴二维码标签，饲养员清洗后扫码登记，场长每周抽查。
第七条　破损、变形的饲料桶应及时报废，不得继续使用。
第八条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-wendangjishi-report-nursing-home-bath-stools",
        site="文档集市 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wendangjishi.com/d/20250115/319872.html",
        title="2024年度碉湾镇敬老院院长述职报告",
        record_title="【述职参考】2024年度碉湾镇敬老院院长述职报告（Word版可直接套用）",
        date="2025-01-10",
        notes="sharing page in text: upload notice at the top, a points prompt glued after 。, service QQ at the bottom; 成文日期 under the signature",
        page="""
!m 文档集市 — 好文档，来集市
!m 文档集市 / 党政公文 / 述职报告
!t 【述职参考】2024年度碉湾镇敬老院院长述职报告（Word版可直接套用）
!m 贡献人：碉湾老邢　上传：2025-01-15　浏览 806
!d 声明：文档为集市用户分享，集市方只提供存放，不对内容负责；若涉侵权，请点页面底部申诉
{BODY}
!a 【下载到电脑 5积分】　【下载到手机】　【加入收藏】
!w 集市代写服务：述职、总结、讲话稿，QQ 3091 227 560
!l 同类推荐：敬老院年度工作总结　｜　养老机构安全管理制度　｜　乡镇民政办述职报告
!m 文档集市 wendangjishi.com　皖ICP备20048815号
""",
        indent="\u3000\u3000",
        body="""
各位领导、同志们：
2024年，我在镇党委、政府的领导下，带领敬老院全体职工，围绕“让老人住得安心、过得舒心”的目标开展工作。现将履职情况报告如下。
一、抓安全，消除洗浴隐患。院里有四十二位老人，半数以上行动不便。今年我们为每个浴室配备了带扶手的防滑浴凳，更换了十八处老化的防滑地垫，全年未发生老人跌倒事故。⟦a 剩余内容需积分解锁，点此继续阅读⟧
二、抓服务，提升护理水平。组织护理员参加县里的洗浴护理培训，规范协助老人洗浴的流程，做到一人一凳、用后消毒。
三、抓管理，规范资金使用。全年各项支出严格按程序审批，购置浴凳等物资均公开比价。
不足之处是护理员年龄偏大，专业技能有待提高。新的一年，我将继续努力，把敬老院办得更好。
述职人：邢桂芳
2025年1月10日
""",
    ),
    dict(
        slug="edu-jiling-notice-washbasin-stands-attachments",
        site="墼岭教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jiling.gov.cn/tzgg/202408/t20240819_3307.html",
        title="关于做好农村寄宿制学校学生宿舍脸盆架更换工作的通知",
        record_title="关于做好农村寄宿制学校学生宿舍脸盆架更换工作的通知-校园后勤-墼岭教育信息网",
        date="2024-08-16",
        date_also=["2024-08-19"],
        notes="education portal: elder-mode and screen-reader links, an attachment download box beside the 附件 list, "
        "the notice's own contact next to the site's technical-support line; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于做好农村寄宿制学校学生宿舍脸盆架更换工作的通知-校园后勤-墼岭教育信息网</title>
<script src="/static/js/common.js"></script>
</head><body>
<div class="jy-top">⟦m 墼岭教育信息网⟧ <a>⟦a 大字版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 简/繁⟧</a></div>
<div class="jy-nav">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 通知公告⟧ ⟦m 校园后勤⟧ ⟦m 招生考试⟧</div>
<div class="jy-crumb">⟦m 当前：首页 / 通知公告 / 校园后勤⟧</div>
<div class="jy-art">
<h2>{T}</h2>
<div class="jy-meta">⟦m 发布单位：县教育局后勤保障股　上网时间：2024-08-19　点击：652⟧</div>
<div class="jy-ctrl">⟦a 字体［大］［中］［小］⟧ ⟦a 打印此文⟧</div>
<div class="jy-text">
{BODY}
</div>
<div class="jy-files"><p>⟦a 相关附件（点击下载）：⟧</p><p>⟦a ▪ 脸盆架更换数量统计表.xlsx⟧</p><p>⟦a ▪ 脸盆架安装验收表.docx⟧</p></div>
</div>
<div class="jy-more"><h4>⟦l 通知公告·最新⟧</h4><ul><li>⟦l 关于开展秋季学期校园食品安全自查的通知⟧</li><li>⟦l 2024年秋季学期学生资助政策告家长书⟧</li></ul></div>
<div class="jy-foot"><p>⟦m 主办：墼岭县教育局　地址：墼岭县文星路16号⟧</p><p>⟦m 网站技术支持：0731-5870208⟧</p><p>⟦m 湘ICP备11003582号⟧</p></div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
经排查，全县部分农村寄宿制学校学生宿舍的铁质脸盆架锈蚀、松动，存在划伤和倾倒隐患。县教育局决定利用暑期对这些脸盆架统一更换。现将有关事项通知如下。
一、更换范围为2015年以前配备的铁质脸盆架，共涉及14所学校、2860个床位。
二、各校于8月25日前完成旧架拆除，新架由县教育局统一采购、配送到校。
三、新架安装后，学校要组织宿管员逐一检查是否牢固，并填写验收表。
附件：1.学生宿舍脸盆架更换数量统计表
2.脸盆架安装验收表
联系人：邢海燕　联系电话：0731-5873316
墼岭县教育局
2024年8月16日
""",
    ),
    dict(
        slug="edu-diaowan-school-bulletin-dorm-check-table",
        site="碉湾中学 on the 浼水教育网 (invented)",
        style="教育门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.meishui-edu.cn/school/dwzx/xwgg/2024-09-20/1182.html",
        title="关于2024年秋季学期第一次宿舍内务检查情况的通报",
        record_title="〔宿管通报〕关于2024年秋季学期第一次宿舍内务检查情况的通报 - 浼水县碉湾中学",
        date="2024-09-20",
        notes="school page on a county education site: a table one row a paragraph; a scan-to-read line; signature date",
        page="""
!m 浼水教育网 · 学校频道 · 碉湾中学
!m 位置：学校主页 → 校园公告 → 宿舍管理
!t 〔宿管通报〕关于2024年秋季学期第一次宿舍内务检查情况的通报
!m 发布人：政教处　点击量：388
!a 【放大】【默认】【缩小】　【打印】
{BODY}
!a 手机扫一扫，通报随身看
!l 上一条：碉湾中学2024年秋季开学安全提醒
!l 下一条：关于评选“文明宿舍”的通知
!m 浼水县碉湾中学 版权所有　技术支持：浼水县电教站
""",
        indent="\u3000\u3000",
        body="""
全体住校生：
9月18日晚，政教处会同各年级对全校学生宿舍进行了本学期第一次内务检查，重点检查脸盆架摆放、床铺整理和地面卫生。现将结果通报如下。
宿舍　脸盆架摆放　床铺　地面　得分
男生3-205　整齐　整齐　干净　98
女生1-312　整齐　整齐　干净　97
男生2-108　杂乱　一般　有纸屑　72
男生2-114　杂乱　杂乱　有积水　65
部分宿舍脸盆架上堆放零食和衣物，毛巾随意搭在床栏，脸盆架下积水未及时清理。请得分低于80分的宿舍于三天内整改，政教处将组织复查。
碉湾中学政教处
2024年9月20日
""",
    ),
    dict(
        slug="oa-guman-minutes-feed-bucket-recycling",
        site="谷满协同 OA (invented, a feed mill's intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.guman-feed.local/doc/view?id=20240514-0031",
        title="关于周转饲料桶回收清洗的专题会议纪要",
        record_title="〔厂务纪要〕关于周转饲料桶回收清洗的专题会议纪要 - 谷满协同",
        date="2024-05-14",
        notes="OA document view with its 流转记录, read count and a mark-as-read button; the minutes' 时间/地点/主持/参会/记录 lines; "
        "date from the 时间 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔厂务纪要〕关于周转饲料桶回收清洗的专题会议纪要 - 谷满协同</title>
<script src="/oa/js/flow.js"></script>
</head><body>
<div class="oa-top">⟦m 谷满协同　廛河谷满饲料有限公司⟧ <span>⟦m 当前用户：阚雪（综合办）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办⟧ ⟦m 已办⟧ ⟦m 公文⟧ ⟦m 会议⟧ ⟦m 通讯录⟧</div>
<div class="oa-path">⟦m 公文 › 会议纪要 › 查看⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-meta">⟦m 拟稿：阚雪　核稿：邢志远　密级：内部⟧</div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-btns"><button>⟦a 已阅，打个钩⟧</button><button>⟦a 转给同事⟧</button><button>⟦a 存成PDF文件⟧</button></div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 阚雪　拟稿　05-14 17:02⟧</p>
<p>⟦m 邢志远　核稿通过　05-15 09:10⟧</p>
<p>⟦m 生产部 仓储部 质检部　已签收⟧</p></div>
<div class="oa-read">⟦m 已读 23 人　未读 4 人⟧</div>
</div>
<div class="oa-foot">⟦d 内部资料，仅限本公司员工查阅，禁止截图外传⟧ ⟦m IT服务台分机 8006⟧</div>
</body></html>
""",
        body="""
时间：2024年5月14日下午3时
地点：公司三楼小会议室
主持：邢志远（副总经理）
参会：生产部、销售部、质检部、仓储部负责人
记录：阚雪
会议研究了周转饲料桶回收清洗有关事项，纪要如下：
一、自6月1日起，销售部配送散装饲料一律使用公司统一编号的周转饲料桶，客户用完后由配送车回收。
二、仓储部负责回收桶的清洗消毒，清洗后晾干四小时以上方可再次装料。
三、质检部每月抽检回收桶，发现残留霉斑的，整批重新清洗。
四、会议原则同意采购周转桶1200只，由生产部下周提交采购申请。
""",
    ),
    dict(
        slug="intranet-kangtu-bulletin-bath-stool-cracks",
        site="康途家居内网 (invented, a furniture factory's intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.kangtu-jiaju.local/notice/2024/0903-02",
        title="关于8月份浴凳凳腿开裂质量问题的通报",
        record_title="厂务公告丨关于8月份浴凳凳腿开裂质量问题的通报",
        date="2024-09-03",
        notes="intranet notice in text: publisher/read line, buttons, an internal-use notice glued after the last sentence; signature date",
        page="""
!m 康途家居内网　|　浼水县康途家居制品厂
!m 内网首页 > 厂务公告 > 质量管理
!t 厂务公告丨关于8月份浴凳凳腿开裂质量问题的通报
!m 发布部门：厂办　　阅读 217　　附件 0
!a 【打印】【收藏】【已阅打钩】
{BODY}
!l 本栏近期：关于国庆节放假安排的通知　｜　9月安全生产例会纪要
!m 内网维护：信息科　分机 6021
""",
        indent="\u3000\u3000",
        body="""
各车间、质检科：
8月下旬，客服部陆续接到客户反馈，我厂生产的KT-18型折叠浴凳在使用中出现凳腿开裂。经质检科复查，问题集中在8月12日至8月16日生产的批次，共涉及1460件。
经查，问题原因是注塑二车间在原料更换后未按规定调整模温，凳腿连接处壁厚不均。
为此，厂部决定：一、对注塑二车间通报批评，扣减该车间当月质量考核分5分；二、已售出的问题浴凳由客服部联系客户免费更换；三、各车间更换原料后，须经质检科首件检验合格方可批量生产。
请各车间引以为戒，严把产品质量关。⟦d （本通报仅限厂内传阅）⟧
浼水县康途家居制品厂
2024年9月3日
""",
    ),
]
