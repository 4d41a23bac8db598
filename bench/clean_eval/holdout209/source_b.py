"""holdout209, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text, written by hand."""

CASES = [
    dict(
        slug="blog-maixiang-essay-breadmaker-toast-wordpress",
        site="麦香小厨 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://maixiangxiaochu.net/2025/11/first-toast/",
        title="第一次用面包机做吐司，失败了三回",
        record_title="【灶台手记】第一次用面包机做吐司，失败了三回 | 麦香小厨",
        date=None,
        notes="WordPress-like blog: calendar widget, tag cloud, archive, comment form, a tip button; a related link "
        "between paragraphs and a like prompt glued after a sentence; relative post time is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【灶台手记】第一次用面包机做吐司，失败了三回 | 麦香小厨</title>
<link rel="stylesheet" href="/wp-content/themes/oven/style.css">
<script src="/wp-includes/js/jquery/jquery.min.js"></script></head>
<body class="post-template">
<header class="site-header"><p class="site-title"><a href="/">⟦m 麦香小厨⟧</a></p>
<p class="site-description">⟦m 一个退休阿姨的厨房和烤箱⟧</p>
<nav>⟦m 首页　面包　家常菜　小家电　关于我⟧</nav></header>
<main><article class="post">
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2 天前　·　分类：面包　·　6 条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：面包机　吐司　新手翻车⟧</footer>
<div class="reward"><button>⟦a 请阿姨喝杯豆浆⟧</button></div>
<nav class="post-navigation">⟦l « 上一篇 电饭锅也能做发糕⟧　⟦l 下一篇 » 面包机做果酱靠谱吗⟧</nav>
<section id="comments"><h3>⟦l 6 条评论⟧</h3>
<div class="comment">⟦l 小米粥：酵母不能碰盐这点太重要了，我也踩过坑⟧</div>
<div id="respond">⟦l 发表评论　昵称　邮箱　提交评论⟧</div></section>
</article></main>
<aside class="sidebar">
<section class="widget_calendar">⟦l 2025年十一月　一 二 三 四 五 六 日⟧</section>
<section class="widget_tag_cloud"><h2>⟦l 标签云⟧</h2>⟦l 吐司 酵母 发面 面包机 烤箱 豆浆⟧</section>
<section class="widget_archive"><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年十一月 (4)⟧</li><li>⟦l 2025年十月 (7)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦d 本站文字与照片均为原创，转载请联系作者⟧　⟦m 主题 Oven · 基于 WordPress 搭建⟧</footer>
</body></html>
""",
        body="""
去年生日，女儿送了我一台面包机。说明书翻了两遍，以为照着做就行，结果前三回都失败了。
第一回面包塌了顶，表面坑坑洼洼。后来才知道是酵母放多了，还直接撒在了盐上。第二回我少放了酵母，可那天厨房冷，面团发不起来，烤出来像块砖头。⟦a 觉得有用就点个赞吧⟧第三回总算发起来了，可我中途好奇开了盖，热气一跑，顶又凹了下去。
⟦l 相关阅读：面包机酸奶怎么做才不出水⟧
第四回，我按说明书先放水和鸡蛋，面粉盖在上面，酵母放在面粉顶上挖的小窝里，盐和糖放在角落，选好“软面包”程序就再也不去碰它。三个多小时后，满屋都是麦香。
现在每个周末做一条，切片冻起来，够吃一周。做面包跟过日子一样，急不得。
""",
    ),
    dict(
        slug="blog-laokuang-memoir-hand-clipper-wrapped-56",
        site="老邝的博客 (invented)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://blog.laokuang-tijiang.cn/archives/213.html",
        title="父亲的那把手推子",
        record_title="父亲的那把手推子 · 剃头匠随笔 · 老邝的博客",
        date=None,
        notes="memoir hard-wrapped at 56 columns; blog chrome with tags, prev/next and a comment count; no date",
        page="""
!m 老邝的博客
!m 三代剃头匠，聊聊手艺和老街
!m 首页 ＞ 剃头匠随笔
{T}
!m 作者：老邝　┊　阅读(1208)　┊　评论(14)
{BODY}
!l 标签：手推子　老手艺　父亲
!l ← 前一篇：给老街坊剃了四十年头
!l 后一篇 →：电推子刀头怎么上油
!a 写评论需登录博客账号
!d 本博客文章未经许可请勿转载
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
我家三代剃头。父亲那把手推子，是上世纪七十年代在县城百货大楼买的，铁柄上的黑漆早就磨掉了，露出亮白的底子。
那时候没有电推子，全靠手腕上的劲。父亲说，推子要握得松，手指一开一合要匀，推子齿贴着头皮往上走，一停就会夹头发。小时候我给他当下手，专管往推子的齿缝里滴缝纫机油。
九十年代店里添了第一把电推子，嗡嗡一响，父亲嫌吵，还是爱用他的手推子。直到手腕得了腱鞘炎，他才把它收进抽屉。
如今我给顾客理发用的都是充电推子，可每年清明，我都要把那把老推子拿出来，擦干净，上一遍油。
""",
    ),
    dict(
        slug="wechat-bixi-hospital-toothbrush-myths-h1",
        site="微阅存档 (invented WeChat mirror) / 篦溪县人民医院 account",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://weiyuecundang.com/a/bixirmyy/20250920_1.html",
        title="用电动牙刷，这四个误区你中了几个？",
        record_title=None,
        date="2025-09-20",
        notes="WeChat mirror: no record title (the h1 holds it); account line date; a star prompt glued before the "
        "first words; the dental clinic's own phone in the body next to the hospital's booking line; 阅读原文/在看 rows",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微阅存档 - 公众号文章备份</title>
<script>var msg_link="https://mp.example.invalid/s/Qk82";</script></head>
<body>
<div class="mirror-top">⟦m 微阅存档 · 公众号文章备份⟧ <a href="/">⟦m 返回公众号列表⟧</a></div>
<div id="img-content">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="ori">⟦m 原创⟧</span> ⟦m 口腔科 篦溪县人民医院 2025-09-20 07:58 湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦m 篦溪县人民医院　预约挂号请拨 0739-6281234⟧</p>
<p>⟦a 长按识别二维码，关注篦溪县人民医院⟧</p>
<div class="bottom">⟦a 阅读原文⟧　⟦m 阅读 3109⟧　⟦a 赞 48⟧　⟦a 在看 17⟧</div>
<div class="share">⟦l 转发到朋友圈　发送给朋友　收藏⟧</div>
</div>
<div class="mirror-foot">⟦d 微阅存档仅为公众号文章做备份留存，著作权归原公众号所有⟧</div>
</body></html>
""",
        body="""
⟦a 点上方蓝字“篦溪县人民医院”，设为星标不迷路⟧不少市民来口腔科就诊时问：电动牙刷是不是比手动的刷得干净？其实，干不干净关键看用法。下面这四个误区，看看你中了几个。
误区一：像手动牙刷那样来回拉。电动牙刷靠刷头自己振动，只需把刷头斜45度贴在牙龈和牙齿交界处，每个牙面停两三秒，慢慢移动即可。
误区二：越用力越干净。用力过大不仅会让刷头停振，还可能造成牙龈退缩。
误区三：一个刷头用到坏。刷头建议三个月左右换一次，刷毛变形要提前换。
误区四：开最强档最好。牙龈敏感的人应从轻柔档开始，适应后再调整。
如有牙龈出血、牙齿松动等情况，请及时到口腔科就诊。咨询电话：0739-6287120（口腔科护士站）
""",
    ),
    dict(
        slug="wechat-poyuan-pledge-footbath-sales-trap",
        site="号文集 (invented WeChat mirror) / 桲园社区 account",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://haowenji.net/mp/poyuanshequ/1147",
        title="关于理性选购足浴盆 谨防“健康讲座”推销陷阱的倡议书",
        record_title="关于理性选购足浴盆 谨防“健康讲座”推销陷阱的倡议书 ‖ 桲园社区 · 号文集存档",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="WeChat mirror text: a follow prompt glued before the salutation; the account's date differs from the "
        "成文日期; 12315 and sharing the pledge are content",
        page="""
!m 号文集 · 存下每一篇好文章
{T}
!m 桲园社区　2025年9月15日 18:30
{BODY}
!m 图文编辑：小桲　┊　审核：祁红
!a 戳“阅读原文”查看社区办事指南
!a 点赞　在看　转发
!m 桲园社区微信号：poyuan_sq
!d 号文集所存文章均来自公开公众号，如需删除请联系 del@haowenji.net
""",
        indent="\u3000\u3000",
        body="""
⟦a 点击蓝字关注桲园社区⟧社区各位居民朋友：
近期，有不法商家以免费体检、健康讲座为名，把成本几百元的普通足浴盆包装成“能治百病”的理疗仪，以数千元的价格卖给老年人。为守好老人的钱袋子，社区居委会向大家倡议：
一、不轻信。足浴盆只是泡脚用的家用电器，不能治疗高血压、糖尿病等疾病，宣称有治疗作用的都是虚假宣传。
二、不贪小利。对送鸡蛋、送挂面、免费旅游等拉人听课的活动，请绕道走。
三、多商量。买贵重物品前，先和子女商量，或打社区电话问一问。
四、敢维权。发现虚假宣传，可拨打12315投诉举报。
欢迎大家把这份倡议分享给家里的老人。
桲园社区居民委员会
2025年9月12日
""",
    ),
    dict(
        slug="docshare-wendangyunji-contract-breadmaker-docx",
        site="文档云集 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wendangyunji.com/doc/3f81d0a27c.html",
        title="面包机采购合同",
        record_title="面包机采购合同.docx",
        date=None,
        notes="sharing page: upload notice, points lock, service WeChat; file-name record title; a template with ×× "
        "placeholders, 第N条 articles and ＿＿年＿＿月＿＿日 blanks (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>面包机采购合同.docx-文档云集</title></head>
<body>
<div class="nav">⟦m 文档云集⟧ <a href="/">⟦m 首页⟧</a> <a href="/ht">⟦m 合同范本⟧</a> <a href="/upload">⟦a 上传赚积分⟧</a></div>
<div class="docinfo">
<h1>{T}</h1>
<p>⟦m 贡献者：青柠檬sour　┊　格式：docx　┊　2页　┊　评分 4.3⟧</p>
<p>⟦d 本文档为网友上传分享，云集平台不对内容的合法性、准确性负责，使用前请自行核对⟧</p>
</div>
<div class="doc-text">
{BODY}
</div>
<div class="lock">⟦a 下载完整Word版需15积分，积分不够？签到可领⟧</div>
<div class="svc">⟦w 找不到合适的范本？云集客服微信 yunji_kf01 帮你找⟧</div>
<div class="side"><h4>⟦l 同分类热门⟧</h4>
<p>⟦l 小家电批量采购合同⟧</p><p>⟦l 幼儿园厨房设备供货协议⟧</p><p>⟦l 设备维保服务合同模板⟧</p></div>
<div class="foot">⟦m 文档云集 wendangyunji.com　苏ICP备21038814号-2⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××幼儿园
乙方（供货方）：××电器有限公司
第一条　甲方向乙方购买家用面包机＿＿台，型号＿＿＿＿，单价＿＿元，合同总价人民币＿＿＿＿元。
第二条　乙方应于合同签订后＿＿日内送货到甲方指定地点，并负责安装调试和使用培训。
第三条　产品须为全新原厂正品，具有3C认证，内胆涂层符合食品接触材料国家标准。
第四条　质保期为一年，质保期内非人为损坏的，乙方免费维修或更换。
第五条　任何一方违约的，应向对方支付合同总价＿＿%的违约金。
第六条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-fengchao-request-footbath-nursing-home",
        site="蜂巢文档 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://fengchaodoc.cn/d/20251011/66031.html",
        title="关于为县敬老院购置足浴盆的请示",
        record_title="【公文模板】关于为县敬老院购置足浴盆的请示（Word可直接修改）",
        date="2025-10-09",
        notes="sharing page text: upload notice, a points lock line between paragraphs, service WeChat; the request's "
        "own contact (a mobile) next to the site's service id",
        page="""
!m 蜂巢文档 — 公文、合同、表格一站找
{T}
!m 上传人：匿名用户　上传于：2025-10-11　下载：326次
!d 温馨提示：本资料由用户上传，仅供学习参考，因使用本资料产生的后果由使用者自行承担
{BODY}
!a 下载此文档（8积分）　┊　在线编辑　┊　添加到收藏夹
!w 蜂巢文档客服微信：fengchao_doc
!l 你可能还需要：关于申请养老机构运营补贴的请示 ┊ 敬老院冬季取暖方案
""",
        indent="\u3000\u3000",
        body="""
县民政局：
县敬老院现有集中供养老人96名，其中七成以上患有风湿、关节炎等慢性病，冬季手脚冰凉较为普遍。为改善老人冬季生活条件，我院拟购置恒温足浴盆40台，按每两间房一台的标准放在各楼层护理站，由护理员统一管理、定时消毒。
⟦a 文档共2页，当前仅显示第1页，下载后看全部⟧
经询价，符合安全标准的恒温足浴盆单价约260元，共需资金10400元。我院公用经费难以承担，特申请县局予以解决。
以上请示妥否，请批示。
联系人：唐桂枝　电话：13907396615
匏山县敬老院
2025年10月9日
""",
    ),
    dict(
        slug="edu-biyang-notice-oral-health-week-attachments",
        site="箅阳县教育局 (invented education-bureau site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.biyang.gov.cn/tzgg/2025/0911/3302.html",
        title="关于开展2025年“爱牙日”校园口腔健康宣传周活动的通知",
        record_title="箅阳县教育局-通知公告-关于开展2025年“爱牙日”校园口腔健康宣传周活动的通知",
        date="2025-09-10",
        date_also=["2025-09-11"],
        notes="education bureau: 适老/读屏 links, attachment download links next to the notice's own 附件 list, "
        "technical-support line next to the notice's contact; 扫码签到 is content; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>箅阳县教育局-通知公告-关于开展2025年“爱牙日”校园口腔健康宣传周活动的通知</title>
<script src="/js/jquery-3.6.0.min.js"></script></head>
<body>
<div class="top">⟦a 银龄模式⟧ ⟦a 屏幕朗读⟧ ⟦a 繁體⟧ ⟦m 欢迎访问箅阳县教育局网站⟧</div>
<div class="logo"><img src="/img/logo.png" alt="">⟦m 箅阳县教育局⟧</div>
<div class="menu">⟦m 首页　教育要闻　通知公告　政务公开　招生考试　党建工作⟧</div>
<div class="position">⟦m 所在位置：首页 → 通知公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="attr">⟦m 来源：体卫艺股　发布日期：2025-09-11　点击数：1873⟧</div>
{BODY}
<div class="fujian">⟦a 附件下载：口腔健康课教学参考.docx⟧<br>⟦a 附件下载：活动情况统计表.xlsx⟧</div>
</div>
<div class="shareline">⟦l 分享到：朋友圈 ｜ QQ好友 ｜ 复制链接⟧</div>
<div class="foot">
⟦m 主办：箅阳县教育局　技术支持：箅阳县教育信息中心 0735-4620011⟧<br>
⟦m 湘ICP备10031488号-1⟧
</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
9月20日是全国爱牙日。为帮助学生养成科学刷牙习惯，经研究，决定于9月15日至19日在全县中小学开展口腔健康宣传周活动。现将有关事项通知如下：
1.每校至少上好一节口腔健康课，重点讲解巴氏刷牙法和电动牙刷的正确使用方法。
2.县疾控中心派出口腔医生进校开展免费检查，学生凭班级二维码扫码签到。
3.各校于9月26日前将活动总结和照片报送县教育局体卫艺股。
附件：1.口腔健康课教学参考
2.活动情况统计表
联系人：岑晓梅　联系电话：0735-4621197
箅阳县教育局
2025年9月10日
""",
    ),
    dict(
        slug="edu-zhoucheng-no3-notice-juicer-dorm-record-date",
        site="甃城市第三中学 (invented school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zcsz3.edu.cn/xygg/1290.html",
        title="关于禁止在学生宿舍使用榨汁机等大功率电器的通知",
        record_title="关于禁止在学生宿舍使用榨汁机等大功率电器的通知-校园公告-甃城三中",
        record_date="2025-09-03",
        date="2025-09-03",
        notes="school site text: the record gives the date; a numbered list (1)–(3); font-size and print row",
        page="""
!m 甃城市第三中学
!m 厚德 笃学 自强 致远
!m 首页 | 学校概况 | 德育天地 | 校园公告 | 招生信息
{T}
!m 发布者：政教处　时间：2025-09-03　阅读：688
!a 【字号：大 中 小】【打印】
{BODY}
!l 上一则：2025年秋季学期学生作息时间表
!l 下一则：关于开展新生入学教育的安排
!m 版权所有：甃城市第三中学　地址：甃城市学府路66号　电话：0743-8221056
""",
        indent="\u3000\u3000",
        body="""
各班主任、全体住校生：
近期宿舍检查中发现，部分同学在宿舍使用便携榨汁机、电煮锅等电器，个别插线板已有烧焦痕迹。为保障住校生安全，现就有关事项通知如下：
（1）宿舍内禁止使用榨汁机、电煮锅、电热杯等电器，充电式小电器只能在白天充电。
（2）想喝鲜榨果汁的同学，可到学校食堂二楼水吧，由工作人员现场制作。
（3）宿管员每周检查一次，发现违规电器一律暂存宿管室，周五由家长领回。
请各班主任于本周班会课向学生传达。
甃城市第三中学政教处
2025年9月3日
""",
    ),
    dict(
        slug="intranet-ruifeng-minutes-clipper-blades-oa",
        site="锐锋电器协同办公平台 (invented OA intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.ruifeng-elec.local/doc/view?id=20250516-0093",
        title="理发推子刀头质量专题会议纪要",
        record_title="〔质量纪要〕理发推子刀头质量专题会议纪要 - 锐锋电器协同办公平台",
        date="2025-05-14",
        date_also=["2025-05-16"],
        notes="OA document view: 流转记录, read count, a mark-as-read button; the minutes' 时间/地点/主持/参会/记录 lines "
        "stay in the body and the 时间 line gives the date; the OA's issue date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔质量纪要〕理发推子刀头质量专题会议纪要 - 锐锋电器协同办公平台</title>
<script src="/static/oa/main.js"></script></head>
<body>
<div class="oa-top">⟦m 锐锋电器协同办公平台⟧ ⟦m 当前用户：质量部 邹敏⟧ <a href="/logout">⟦a 安全退出⟧</a></div>
<div class="oa-menu">⟦m 待办　已办　公文管理　会议管理　知识库　通讯录⟧</div>
<div class="doc-panel">
<div class="doc-attr">⟦m 发文部门：总经理办公室　┊　发文日期：2025-05-16　┊　密级：内部⟧</div>
<h2>{T}</h2>
{BODY}
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2025-05-16 09:12　总经办 蓝小雨　起草⟧</p>
<p>⟦l 2025-05-16 10:40　副总经理 游建平　审核通过⟧</p>
<p>⟦l 2025-05-16 11:05　分发至 质量部、生产部、研发部、采购部⟧</p></div>
<div class="readinfo">⟦m 已阅 27 人　未阅 4 人⟧ <button>⟦a 我已阅读⟧</button></div>
</div>
<div class="oa-foot">⟦m 信息中心运维：分机 8000⟧　⟦d 内部文件，未经许可不得截屏外传⟧</div>
</body></html>
""",
        body="""
时间：2025年5月14日下午
地点：公司三楼第二会议室
主持：副总经理 游建平
参会：质量部、生产部、研发部、采购部负责人
记录：蓝小雨
会议听取了质量部关于近期理发推子刀头投诉情况的汇报。4月份共收到客户投诉37起，主要是刀头夹发和动刀片边缘毛刺，集中在RF-21型号。经讨论，会议明确：
一、研发部一周内复核动刀片齿形图纸，调整研磨工艺参数。
二、采购部对刀片供应商开展现场审核，5月底前提交审核报告。
三、生产部在刀头装配工位增加试剪工序，每台用假发样块试剪三次。
四、质量部对库存RF-21产品全部复检，不合格品一律返工。
""",
    ),
    dict(
        slug="intranet-herun-bulletin-juicer-washer-missing",
        site="禾润电器内网 (invented enterprise intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.herun.local/news/2025/08/0821.html",
        title="关于榨汁机刀组漏装防松垫片问题的通报",
        date="2025-08-21",
        notes="title given by the record as is; intranet text with a confidentiality notice and IT extension; the "
        "quality department's own extension stays in the body",
        page="""
!m 禾润电器内部门户　|　员工专用
!m 首页 » 公司公告 » 质量通报
{T}
!m 发布人：质量部　浏览：412
{BODY}
!d 本页内容属公司内部资料，严禁外传、转发至外部群聊
!m 门户账号或密码问题请拨IT服务台：分机 8800
""",
        indent="\u3000\u3000",
        body="""
各部门、各车间：
8月19日，质量部在出货抽检中发现，总装二线生产的JZ-500型榨汁机有5台刀组漏装防松垫片，使用中存在刀组松动风险。经追溯，该批次共生产860台，已全部隔离返工，未流入市场。
调查发现，当班新员工上岗培训不到位，刀组工位的防错检测装置被人为关闭。为严肃工艺纪律，公司决定：
一、对总装二线当班班长通报批评，扣发当月绩效奖金。
二、各车间即日起对防错装置逐一检查，严禁擅自关闭。
三、人力资源部组织新员工补训，考试合格后方可上岗。
质量问题咨询：质量部 分机8216
禾润电器有限公司
2025年8月21日
""",
    ),
]
