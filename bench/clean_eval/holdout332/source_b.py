"""holdout332, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-lanbian-essay-rattan-basket",
        site="篮边札记 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://lanbian-zhaji.cn/2024/10/19/waipo-de-lan/",
        title="外婆的藤编置物篮",
        record_title="外婆的藤编置物篮 | 篮边札记 · 拾遗",
        date="2024-10-19",
        notes="blog with tag cloud, archive, comment form, prev/next; a tip-jar line glued after a 。; the post's 发表于 line is the date",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<title>外婆的藤编置物篮 | 篮边札记 · 拾遗</title>
<meta property="og:title" content="外婆的藤编置物篮">
<link rel="stylesheet" href="/wp-content/themes/lanbian/style.css">
</head><body>
<header><p class="site-title">⟦m 篮边札记⟧</p><p class="site-description">⟦m 把旧东西写下来，它们就不会走丢⟧</p>
<nav>⟦m 首页 · 拾遗 · 手记 · 关于我⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024年10月19日　分类：拾遗　作者：阿篱⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：外婆 藤编 老屋⟧</footer>
<nav class="post-nav"><p>⟦l « 外公的铜烟锅⟧</p><p>⟦l 老屋门前那棵柚子树 »⟧</p></nav>
<section class="comments"><h3>⟦l 3 条留言⟧</h3>
<p>⟦l 青禾：我外婆也有一只，装的是顶针和线轴⟧</p>
<p>⟦l 远山：补过的地方颜色深些，这句好⟧</p>
<form>⟦a 发表留言　昵称　邮箱　提交⟧</form></section>
</article></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 外婆 老屋 手艺 节气 旧物 家书⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2024年10月 (4)　2024年9月 (6)　2024年8月 (3)⟧</p></aside>
<footer class="site-footer">⟦m © 2024 篮边札记 · 由 WordPress 驱动 · 主题 Lanbian⟧</footer>
</body></html>
""",
        body="""
外婆家堂屋的门背后，挂着一只藤编置物篮，篮口比脸盆略小，提手上缠着褪色的红布条。
那是外公年轻时在集上换来的。外婆用它装针线、装晒干的橘皮，过年时装炒好的花生，谁家孩子来了就抓一把。⟦a 读到这里，给阿篱续一杯茶 ☕⟧
我上初中那年，篮底破了个洞，外婆舍不得扔，找来细藤一圈圈补上，补过的地方颜色深些，像打了块补丁。
前年外婆走了，舅舅收拾老屋，问我要不要什么。我什么都没要，只把那只置物篮带回了城里。现在它挂在我家玄关，装着钥匙和几封旧信。
""",
    ),
    dict(
        slug="blog-zhenjiao-essay-knitted-waist-warmer-wrapped",
        site="针脚里的冬天 (invented, Hexo blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://zhenjiao-winter.github-pages.cn/posts/muqin-zhi-de-nuanyaodai/",
        title="母亲织的暖腰带",
        date=None,
        notes="record title as is; hard-wrapped at 56 columns; only a 写于 line with a year and season, an update stamp 3 天前: no date",
        page="""
!m 针脚里的冬天 —— 一个上班族的手作日记
!m 首页 · 手作 · 随笔 · 相册 · 留言板
{T}
!m 分类：随笔　|　阅读 238　|　评论 6　|　最后更新于 3 天前
{BODY}
!a ♡ 喜欢这篇　　↗ 转给朋友
!l 上一篇：给猫织一条围脖失败记
!l 下一篇：冬至那天的一锅汤
!l 最新评论
!l 阿杏：看哭了，我妈也这样
!l 北窗：毛线的最暖，没有之一
!m © 针脚里的冬天　本站由 Hexo 生成
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
入冬后，母亲从柜子里翻出一团枣红色的毛线，说要给我织一条暖腰带。
我说网上买的带发热片，插上充电宝就热，比毛线的强。母亲不吭声，戴上老花镜，一针一针地织起来。
她眼神不好，织错了就拆，拆了再织，一条不到半米长的腰带，织了整整一个星期。
后来我出差去北方，那条发热的暖腰带半路没了电，倒是母亲织的这条，贴着腰，一直暖到了下火车。
写于2023年冬夜
""",
    ),
    dict(
        slug="wechat-bianxi-cdc-cistern-blocks-h1",
        site="微读存档 (invented WeChat mirror) / 汴溪疾控",
        style="公众号镜像",
        genre="科普文章",
        kind="article",
        form="html",
        source="https://weidu-cundang.com/a/bianxi_jk/20250509/2",
        title="洁厕块让马桶水变蓝，有毒吗？",
        record_title=None,
        date="2025-05-09",
        notes="WeChat mirror: no record title (the <h1>); a star prompt glued before the first words; 阅读原文/在看/赞赏 rows, a QR line; a 关注 sentence that is content; the account line is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>洁厕块让马桶水变蓝，有毒吗？ - 微读存档</title>
<meta name="description" content="汴溪疾控">
</head><body>
<div class="mirror-bar">⟦m 微读存档 · 公众号文章备份⟧ <a>⟦a 返回公众号列表⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 汴溪疾控⟧</span> <em>⟦m 2025年05月09日 17:30⟧</em> <em>⟦m IP属地：浙江⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧ ⟦m 阅读 3716⟧ ⟦a 赞 42⟧ ⟦a 在看 19⟧</div>
<div class="reward">⟦a 喜欢作者　赞赏支持⟧</div>
<div class="qr">⟦a 长按下方二维码，添加“汴溪疾控”到通讯录⟧</div>
</div>
<div class="mirror-foot">⟦d 微读存档仅作备份浏览，原文版权属原公众号，如需删除请留言⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“汴溪疾控”，设为星标不迷路⟧不少市民家里用洁厕块，每次冲水都是一池蓝水。有读者留言问：家里孩子小，这蓝水有没有毒？
疾控专家介绍，洁厕块的主要成分是表面活性剂、香精和色素，正常使用时浓度很低，冲水时接触一般不会造成伤害。
需要注意的是，洁厕块本身不能入口。家中有婴幼儿和宠物的，水箱盖要盖好；未拆封的洁厕块要放在孩子够不着的地方。
如果误食，不要催吐，应立即用清水漱口，并携带包装尽快就医。
更多健康小知识，欢迎关注我们的公众号，每周五更新。
""",
    ),
    dict(
        slug="wechat-laokou-pledge-seat-covers",
        site="公号文库留存 (invented WeChat mirror) / 崂口街道",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://gonghao-liucun.cn/laokoujd/2025/0110/1.html",
        title="关于文明使用公共厕所一次性马桶垫的倡议书",
        record_title="关于文明使用公共厕所一次性马桶垫的倡议书 · 崂口街道（公号文库留存）",
        date="2025-01-08",
        date_also=["2025-01-10"],
        notes="WeChat mirror text: the account's name is also in the signature (head); a follow prompt; 成文日期 under the signature, the account date also accepted; a sentence asking to share the pledge",
        page="""
!m 崂口街道
!m 原创　崂口街道　2025-01-10 18:02　发表于潍川
!a 点蓝字 关注崂口
{T}
{BODY}
!l 往期推荐
!l 崂口街道启动“厕所革命”第二阶段
!l 寒潮来袭，这份取暖安全提示请收好
!a 分享　收藏　点赞　在看
!d 本页由公号文库留存站自动抓取，版权归原公众号所有
""",
        body="""
广大居民朋友：
街道辖区内12座公共厕所已全部配备一次性马桶垫取用器。近一段时间，我们发现有人一次抽取十几张，甚至整包拿走，也有人用后随手丢在地上，堵塞便池。
为此，我们倡议：
一、按需取用，每次只取一张；
二、用后投入纸篓，不丢地面、不扔便池；
三、爱护取用器，发现损坏及时拨打街道环卫所电话6613021报修；
四、把这份倡议分享给家人和邻居，共同维护干净整洁的如厕环境。
崂口街道办事处
2025年1月8日
""",
    ),
    dict(
        slug="docshare-shiwen-request-waist-warmers-doc",
        site="拾文共享 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.shiwengx.com/doc/4419820761.html",
        title="关于为户外执勤辅警配发暖腰带的请示",
        record_title="关于为户外执勤辅警配发暖腰带的请示.doc",
        date="2024-11-18",
        notes="sharing page with an upload notice, a points lock between paragraphs and a service WeChat beside the request's own contact; file-name title; 成文日期 in Chinese numerals",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于为户外执勤辅警配发暖腰带的请示.doc-拾文共享</title>
</head><body>
<div class="hd">⟦m 拾文共享⟧ <span>⟦m 每一份文档都有人需要⟧</span> <a>⟦a 上传我的文档⟧</a></div>
<div class="crumb">⟦m 拾文共享 / 党政公文 / 请示报告⟧</div>
<div class="doc"><h1>{T}</h1>
<div class="meta">⟦m 贡献者：dongsheng_n　分享于 2024-12-05　评分 4.6　下载 57 次⟧</div>
<div class="body">
{BODY}
</div>
<div class="get">⟦a 下载这篇（需2拾文积分）⟧ <a>⟦a 加入我的文档夹⟧</a></div></div>
<div class="kf">⟦w 文档代找代写，拾文客服微信 shiwen_kf02⟧</div>
<div class="rec"><h3>⟦l 拾文为你推荐⟧</h3><ul>
<li>⟦l 关于为一线民警购置冬季执勤装备的请示⟧</li>
<li>⟦l 交警大队冬季执勤保障工作方案⟧</li></ul></div>
<div class="ft"><p>⟦d 本站文档均由用户上传，拾文共享仅提供信息存储空间服务，如有侵权请联系删除⟧</p><p>⟦m 拾文共享 shiwengx.com 皖ICP备22019035号⟧</p></div>
</body></html>
""",
        body="""
县公安局：
我大队现有户外执勤辅警86名，主要承担路口指挥、夜间巡逻等任务。入冬以来，辅警每天在户外站岗六小时以上，多人出现腰部受凉疼痛。
⟦a 剩余内容需登录拾文后用积分查看⟧
为保障辅警身体健康，我大队拟为户外执勤辅警每人配发暖腰带一条，按每条68元测算，共需经费5848元，从大队公用经费中列支。
妥否，请批示。
联系人：聂冬生　电话：0535-7721906
亳山县公安局交通警察大队
二〇二四年十一月十八日
""",
    ),
    dict(
        slug="docshare-hetong-contract-baskets-template",
        site="合同样本汇 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.hetongyb.cn/maimai/caigou/3318.html",
        title="置物篮采购合同（范本）",
        record_title="【可直接打印】置物篮采购合同（范本）（可改Word） - 合同样本汇",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks, 第N条 and ＿＿＿＿年＿＿月＿＿日; update stamp 2 天前 is no date",
        page="""
!m 合同样本汇 — 常用合同范本免费查阅
!m 当前：首页 » 买卖合同 » 采购合同
{T}
!m 更新于 2 天前　｜　下载 1.1万次　｜　格式 DOCX
!a 【复制全文】【下载此范本】【收藏】
{BODY}
!d 范本仅供参考，签约前请结合实际情况修改，样本汇不承担因使用范本产生的任何责任。
!l 相关范本：家具采购合同　｜　日用百货供货合同　｜　办公用品采购协议
!w 合同审核请咨询样本汇在线律师，电话 400-861-2073
!m 合同样本汇 hetongyb.cn
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿
乙方（供货方）：××家居用品有限公司
第一条　乙方向甲方供应塑料置物篮＿＿只、金属置物篮＿＿只，规格、单价见附表。
第二条　置物篮应无毛刺、无异味，承重不低于5千克，符合国家相关标准。
第三条　乙方应于合同签订后＿＿日内将货物送至甲方指定地点，运费由乙方承担。
第四条　甲方验收合格后十五日内付清货款；验收不合格的，乙方应在七日内无条件更换。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
＿＿＿＿年＿＿月＿＿日　　＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-yanhu-notice-kindergarten-seat-covers",
        site="兖湖教育信息网 (invented, district education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yanhu.gov.cn/xqjy/tzgg/202412/t20241203_60417.html",
        title="兖湖区教育局关于做好幼儿园卫生间冬季防寒保暖工作的通知",
        record_title="兖湖区教育局关于做好幼儿园卫生间冬季防寒保暖工作的通知-园所管理-兖湖教育信息网",
        date="2024-12-02",
        date_also=["2024-12-03"],
        notes="education portal with 适老版/读屏 links, an attachment download link beside the body's 附件 line, a technical-support line beside the bureau's contact and mailbox; 成文日期, page date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>兖湖区教育局关于做好幼儿园卫生间冬季防寒保暖工作的通知-园所管理-兖湖教育信息网</title>
</head><body>
<div class="top">⟦m 兖湖教育信息网⟧ <a>⟦a 适老版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 简/繁⟧</a></div>
<div class="nav">⟦m 首页 ｜ 教育要闻 ｜ 园所管理 ｜ 招生考试 ｜ 信息公开⟧</div>
<div class="loc">⟦m 您现在的位置： 首页 &gt; 园所管理 &gt; 通知公告⟧</div>
<div class="art"><h2>{T}</h2>
<div class="sub">⟦m 发布时间：2024-12-03　作者：学前教育科　浏览量：1206⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 附件下载：幼儿园卫生间防寒设施情况统计表.xlsx⟧</div>
<div class="op">⟦a 【打印正文】【关闭窗口】⟧</div></div>
<div class="foot"><p>⟦m 主办：兖湖区教育局　地址：兖湖区文昌路12号⟧</p>
<p>⟦m 技术支持：兖湖区教育信息中心　电话：0543-8820999⟧</p>
<p>⟦m 鲁ICP备16008231号-3⟧</p></div>
</body></html>
""",
        body="""
各公办、民办幼儿园：
进入冬季，幼儿如厕受凉易引发感冒腹泻。为做好幼儿园卫生间防寒保暖工作，现将有关事项通知如下。
一、各园要为幼儿坐便器配备可拆洗的马桶垫，每班不少于两套，做到一用一换、每日清洗消毒。
二、禁止使用一次性纸质马桶垫，防止幼儿误食纸屑。
三、卫生间室温应保持在16℃以上，严禁使用明火取暖。
请各园于12月10日前填写附件并报区教育局学前教育科。
附件：幼儿园卫生间防寒设施情况统计表
联系人：邢雅楠　电话：0543-8820417　邮箱：yhjy_xq@yanhu-edu.cn
兖湖区教育局
2024年12月2日
""",
    ),
    dict(
        slug="edu-boshan-plan-dorm-baskets-decimal",
        site="亳山县第二中学校园网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.bsez.edu.cn/hq/tzgg/2024/1113/602.html",
        title="亳山县第二中学学生宿舍置物篮统一配置实施方案",
        record_title="【后勤服务】亳山县第二中学学生宿舍置物篮统一配置实施方案 - 亳山二中校园网",
        date="2024-11-12",
        date_also=["2024-11-13"],
        notes="decimal headings 1.1–3.2; column prefix and site suffix in the record title; 成文日期, the page date also accepted",
        page="""
!m 亳山县第二中学 · 校园网
!m 学校首页 ＞ 后勤服务 ＞ 通知公告
{T}
!m 作者：总务处　发布：2024-11-13　点击：409
{BODY}
!a 〔打印此页〕〔返回顶部〕
!l 上一篇：关于开展冬季宿舍用电安全检查的通知
!l 下一篇：2024年秋季学期食堂满意度调查结果
!m 版权所有：亳山县第二中学　地址：亳山县城关镇育英路9号
""",
        body="""
为改善学生宿舍内务环境，解决洗漱用品摆放杂乱问题，学校决定为学生宿舍统一配置置物篮，特制定本方案。
1 配置范围
1.1 全校48间学生宿舍，每个床位配置床头挂式置物篮一只。
1.2 每间宿舍洗漱台配置三层落地置物篮一个。
2 实施步骤
2.1 11月20日前由总务处完成询价采购。
2.2 11月底前由各班班主任组织学生领取安装，旧纸箱、塑料桶一律清出宿舍。
3 管理要求
3.1 置物篮只放洗漱和学习用品，不得存放食品。
3.2 宿管员每周检查一次，检查结果纳入文明宿舍评比。
亳山县第二中学
2024年11月12日
""",
    ),
    dict(
        slug="intranet-jieyi-minutes-collar-cleaner-trial",
        site="潍川洁衣日化有限公司协同办公门户 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jieyi-rihua.com/doc/view.do?id=2025022701",
        title="衣领净新配方试产协调会会议纪要",
        record_title="〔试产纪要〕衣领净新配方试产协调会会议纪要 - 洁衣日化协同门户",
        date="2025-02-26",
        notes="OA document view with its 流转记录, read count and a 标记已阅 button; the minutes' 时间/地点/主持/参会/记录 lines in the body, the 时间 line is the date; the 编号 line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〔试产纪要〕衣领净新配方试产协调会会议纪要 - 洁衣日化协同门户</title>
<script src="/oa/js/flow.js"></script>
</head><body>
<div class="oa-top">⟦m 洁衣日化协同门户⟧ <span>⟦m 当前用户：俞佳（研发部）⟧</span> <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办　已办　公文管理　会议纪要　通讯录⟧</div>
<div class="doc-view">
<h2>{T}</h2>
<p>编号：洁衣纪〔2025〕6号</p>
<div class="doc-info">⟦m 拟稿：俞佳　核稿：戴建国　阅读 64 次⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="btns"><button>⟦a 标记已阅⟧</button> <button>⟦a 转交他人⟧</button> <button>⟦a 存成PDF文件⟧</button></div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2025-02-27 09:14　俞佳　起草并提交⟧</p>
<p>⟦l 2025-02-27 10:02　戴建国　审核通过⟧</p>
<p>⟦l 2025-02-27 10:30　办公室　分发至各部门⟧</p></div>
</div>
<div class="oa-foot">⟦m 信息部维护　内线 8090⟧</div>
</body></html>
""",
        body="""
时间：2025年2月26日下午2:30
地点：公司三楼第二会议室
主持：生产副总　戴建国
参会：研发部、生产部、品管部、采购部负责人
记录：俞佳
会议听取了研发部关于衣领净新配方小试情况的汇报，研究了试产安排，纪要如下：
一、新配方去除领口皮脂的效果较老配方提升约两成，同意于3月10日起在二号线试产五吨。
二、新配方酶制剂需冷藏运输，由采购部落实冷链供应商。
三、品管部对试产批次逐桶留样，检验合格后方可入库。
四、试产结束后十日内，由研发部牵头形成总结报告。
""",
    ),
    dict(
        slug="intranet-qinglan-bulletin-cistern-blocks-mixup",
        site="清岚内网 (invented company intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.qinglan-ryp.com/tb/2025/0715/88.html",
        title="关于洁厕块包装车间批次混装问题的通报",
        record_title="关于洁厕块包装车间批次混装问题的通报（仅限内网传阅）",
        record_date="2025-07-15",
        date="2025-07-15",
        notes="intranet 通报 with a confidentiality notice and an extension line; record date; aside in the record title",
        page="""
!m 清岚内网 | 信息发布
!m 当前位置：内网首页 » 通知通报 » 质量通报
{T}
!m 发布部门：品管部　发布人：韦芳　阅读：213次
!a [标记已读]　[转发给同事]　[导出PDF]
{BODY}
!d 本页内容仅限清岚员工查看，严禁截图外传
!l 相关通报：关于6月份安全生产检查情况的通报
!m 清岚信息中心技术支持　分机8016
""",
        indent="\u3000\u3000",
        body="""
各部门、各车间：
7月9日，品管部在成品抽检中发现，包装车间将批号为QL250705的柠檬香型洁厕块与批号为QL250706的海洋香型洁厕块混装在同一箱内，共涉及成品48箱。
经调查，原因是当班换线时未清场，复核人员也未按规定核对批号。对此，公司决定：
一、对当班班长吴志强给予通报批评，扣发当月绩效的20%；
二、包装车间立即开展换线清场专项整改；
三、涉事48箱成品全部返工，重新贴标。
希望各车间引以为戒，严格执行清场和复核制度。
淄源清岚日用品有限公司品管部
2025年7月15日
""",
    ),
]
